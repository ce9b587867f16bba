# Español: consejos para las familias (levels/tips.toml). La fuente y la publicación de cada uno
# se quedan como están, para poder buscarlas.

tips--short_goodbye-title = Una despedida corta y siempre igual
tips--short_goodbye-text = Despedíos igual cada día: vuestro pequeño ritual, un abrazo y a la puerta. Una despedida larga, o que cambia, le dice a { $child } que todavía hay algo que discutir. Una corta y que no cambia le dice: esto es normal, y es seguro.

tips--never_sneak_out-title = Despídete siempre, no te escapes
tips--never_sneak_out-text = Irte a escondidas mientras { $child } está entretenido puede ahorrar lágrimas hoy, pero le enseña que puedes desaparecer en cualquier momento, y la próxima despedida cuesta más. Despídete, aunque haya lágrimas, y luego vete con calma.

tips--keep_the_promise-title = Cumple la promesa, y llega a tiempo
tips--keep_the_promise-text = Dile a { $child } cuándo vuelves con palabras de su día, como "{ justo-despues }", no con una hora. Y luego está ahí en ese momento. Cada promesa que cumples hace la siguiente despedida un poco más fácil.

tips--comfort_item-title = Un trocito de casa
tips--comfort_item-text = Un peluche favorito, una mantita o una foto de la familia pueden ayudar a { $child } a sentirte cerca durante el día. Pregunta qué se puede llevar { al-sitio }, y cuéntales qué es y por qué es importante.

tips--talk_with_the_teacher-title = Habla con quien le cuida
tips--talk_with_the_teacher-text = Pregunta a { $teacher } cómo se calma { $child } cuando te vas, y qué le ayuda. Ellos ven la parte de la mañana que tú no ves, y tú conoces mejor que nadie a tu hijo o hija: juntos podéis acordar una forma tranquila de hacer el cambio.

tips--picture_schedule-title = Enseña el día con dibujos
tips--picture_schedule-text = Repasar el día con tarjetas de dibujos (llegar, jugar, { $pickup_after }, a casa) convierte el "luego" en algo que { $child } puede ver y contar. Una tira de dibujos en la nevera funciona tan bien como una pantalla.

tips--name_the_feeling-title = Pon nombre al sentimiento, y vete con calma
tips--name_the_feeling-text = "Estás triste porque me voy. Yo también te echaré de menos, y vuelvo { justo-despues }." Poner el sentimiento en palabras ayuda a { $child } a sentirse comprendido. No hace que llore más, y está bien irse aunque todavía esté triste.

tips--practise_short_separations-title = Practica separaciones cortas
tips--practise_short_separations-text = Deja a { $child } con alguien que conozca unos minutos, y luego un poco más. Volver cuando dijiste, una y otra vez, es como crece la confianza, y hace que la despedida { en-el-sitio } resulte conocida.

tips--calm_and_confident-title = Con calma y confianza
tips--calm_and_confident-text = Los niños leen nuestras caras. Una sonrisa cálida, un adiós seguro y una voz tranquila le dicen a { $child } que este sitio es seguro, aunque luego llores en el coche. Eso también está permitido.

tips--something_to_look_forward_to-title = Hablad de lo que haréis juntos después
tips--something_to_look_forward_to-text = De camino, cuéntale algo que haréis después de recogerle: el parque, un cuento, el baño juntos. Le da a { $child } algo a lo que agarrarse. Que sea un plan normal, no un premio por no llorar.

tips--it_is_normal-title = Es normal, y suele pasar
tips--it_is_normal-text = Llorar y agarrarse en la despedida es una etapa normal del crecimiento y una señal de un vínculo fuerte contigo. Con una rutina estable suele mejorar, a menudo en unas semanas. Si no mejora, o va a peor, habla con su pediatra.

tips--look_after_yourself-title = Cuídate tú también
tips--look_after_yourself-text = Sentir culpa en la despedida es muy común, y demuestra cuánto te importa. Descansa cuando puedas, habla con otras familias y sé tan amable contigo como con { $child }: un adulto más tranquilo hace mañanas más tranquilas.
