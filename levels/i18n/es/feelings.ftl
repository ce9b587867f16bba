# Español: las caras de los sentimientos y las tarjetas de "¿Qué es difícil?". label: debajo del
# dibujo; words / parent_words: cómo se le dice al adulto; say / reply: lo que oye el niño o la niña.
# Sin masculino ni femenino para el niño o la niña (la app no sabe si es niño o niña): "Feliz",
# "Tengo miedo", "Me he enfadado".

feelings--happy-label = Feliz
feelings--happy-words = feliz
feelings--happy-say = ¡Feliz!
feelings--happy-reply = ¡Te sientes bien con ir { al-sitio }! Qué bonito. { $buddy } está feliz contigo.

feelings--okay-label = Bien
feelings--okay-words = bien
feelings--okay-say = Bien.
feelings--okay-reply = Te sientes bien, sin más. Algunos días son así, y eso está bien.

feelings--sad-label = Triste
feelings--sad-words = triste
feelings--sad-say = Triste.
feelings--sad-reply = Está bien estar triste. { $buddy } también se pone triste a veces.

feelings--scared-label = Miedo
feelings--scared-words = con miedo
feelings--scared-say = Tengo miedo.
feelings--scared-reply = Está bien tener miedo. Los sitios nuevos parecen muy grandes. { $buddy } está aquí contigo.

feelings--cross-label = Enfado
feelings--cross-words = con enfado
feelings--cross-say = Me he enfadado.
feelings--cross-reply = Está bien enfadarse. El enfado es un sentimiento muy grande. { $buddy } también se enfada a veces.

feelings--tricky-goodbye-label = Decir adiós
feelings--tricky-goodbye-parent_words = decir adiós
feelings--tricky-goodbye-say = Decir adiós cuesta. { $grownup } vuelve { justo-despues }.
feelings--tricky-goodbye-say_other = Decir adiós cuesta. { $pickup_grownup } viene a buscarte { justo-despues }.

feelings--tricky-missing_grownup-label = Echar de menos a { $grownup }
feelings--tricky-missing_grownup-parent_words = echar de menos a { $grownup }
feelings--tricky-missing_grownup-say = Echas de menos a { $grownup }. { $grownup } también te echa de menos, y vuelve { justo-despues }.
feelings--tricky-missing_grownup-say_other = Echas de menos a { $grownup }. { $grownup } también te echa de menos. { $pickup_grownup } viene a buscarte { justo-despues }.

feelings--tricky-nap-label = Siesta
feelings--tricky-nap-parent_words = la siesta
feelings--tricky-nap-say = A veces la siesta cuesta. { $buddy } puede descansar contigo.

feelings--tricky-loud_noises-label = Mucho ruido
feelings--tricky-loud_noises-parent_words = el ruido
feelings--tricky-loud_noises-say = El ruido a veces es demasiado. Puedes taparte las orejas y decírselo a { $teacher }.

feelings--tricky-other_children-label = Otros niños
feelings--tricky-other_children-parent_words = otros niños
feelings--tricky-other_children-say = A veces los otros niños son difíciles. { $teacher } está ahí para ayudarte.

feelings--tricky-food-label = La comida
feelings--tricky-food-parent_words = la comida
feelings--tricky-food-say = A veces la comida cuesta. Puedes decirle a { $teacher } lo que te gusta.

feelings--tricky-dont_know-label = No lo sé
feelings--tricky-dont_know-parent_words = no lo sabe
feelings--tricky-dont_know-say = No pasa nada. No hace falta saberlo. Gracias por contármelo.
