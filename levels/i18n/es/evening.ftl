# Español: la tarde, "¿Qué tal tu día?" (levels/evening.toml). { $activity } son las palabras de
# una tarjeta del día, con su artículo ("la merienda", "el patio").

evening--greeting = ¡Hola otra vez, { $child }! Vamos a contarle a { $buddy } tu día { en-el-sitio }.
evening--title = ¡Ya estás en casa, { $child }!
evening--question = ¿Qué tal { $activity }?
evening--nudge = Toca la cara de cómo fue { $activity }. O toca la flecha.
evening--dont_know = No pasa nada. No hace falta saberlo.
evening--skip = ¡Vale! La siguiente.
evening--best_question = ¿Qué fue lo mejor de tu día? Toca un dibujo.
evening--best_nudge = Toca lo mejor del día. Cualquier dibujo vale.
evening--best_reply = ¡Lo mejor fue { $activity }! Qué bonito.
evening--best_dont_know = No pasa nada. Un día tiene muchos ratitos.
evening--reunion = Has vuelto a casa, como dijo { $grownup }. ¡{ $grownup } volvió { justo-despues }!
evening--reunion_other = Has vuelto a casa, como dijo { $grownup }. ¡{ $pickup_grownup } vino a buscarte { justo-despues }!
evening--goodnight = Gracias por contarme tu día, { $child }.

evening--reply-happy-say = ¡Feliz! ¡Bien!
evening--reply-okay-say = Bien. Gracias por contármelo.
evening--reply-sad-say = Triste. Está bien estar triste.
evening--reply-scared-say = Miedo. No pasa nada. Ya estás en casa.
evening--reply-cross-say = Enfado. Es un sentimiento muy grande.

evening--card-arrive-question = ¿Qué tal fue llegar { al-sitio }?
evening--card-arrive-best = ¡Lo mejor fue llegar { al-sitio }! Qué bonito.
