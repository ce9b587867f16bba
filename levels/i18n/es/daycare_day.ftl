# Español: el cuento "Un día en la guardería" (levels/daycare_day.toml), página a página.
# En tercera persona, como el inglés; las amigas y los amigos del cuento: Mia es una niña; Sam y
# Leo son niños. { $pickup_grownup } es quien vuelve a recoger (el mismo adulto que le lleva, salvo
# que la familia diga otro). Sin formas de niño o de niña para { $child }, { $teacher } ni { $buddy }.

daycare_day--title = Un día en la guardería

daycare_day--morning-buddy-say = { $buddy } va en la mochila. ¡{ $buddy } también viene!
daycare_day--morning-buddy-hint = ¿Puedes tocar a { $buddy }?
daycare_day--morning-photo-say = Esta es la familia de { $child }.
daycare_day--morning-grownup-say = Buenos días, dice { $grownup }.
daycare_day--morning-0 = Hoy { $child } va { al-sitio }.
daycare_day--morning-1 = { $grownup } dice adiós. Y { $pickup_grownup } vuelve { justo-despues }.

daycare_day--door-teacher-say = ¡Hola, { $child }! Qué alegría verte, dice { $teacher }.
daycare_day--door-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--door-child-say = { $child } saluda a { $teacher }.
daycare_day--door-0 = { $teacher } saluda en la puerta.

daycare_day--door_home-teacher-say = ¡Hola, { $child }! Pasa, dice { $teacher }.
daycare_day--door_home-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--door_home-0 = { $teacher } abre la puerta. ¡Hola!

daycare_day--goodbye-buddy-say = { $buddy } también dice adiós con la mano.
daycare_day--goodbye-hint = Toca un dibujo de la despedida, arriba, y hacedlo juntos.
daycare_day--goodbye-0 = { $grownup } y { $child } se despiden: { $ritual }.
daycare_day--goodbye-1 = A veces { $child } llora cuando { $grownup } se va. No pasa nada.

daycare_day--promise-child-say = { $child } le dice adiós con la mano a { $grownup }.
daycare_day--promise-child-hint = ¿Puedes decir adiós con la mano? Toca a { $child }.
daycare_day--promise-door-say = { $grownup } volverá { justo-despues }.
daycare_day--promise-0 = { $grownup } dice: Vuelvo { justo-despues }.
daycare_day--promise-1 = { $grownup } se va a hacer cosas de mayores.

daycare_day--promise_other-child-say = { $child } le dice adiós con la mano a { $grownup }.
daycare_day--promise_other-child-hint = ¿Puedes decir adiós con la mano? Toca a { $child }.
daycare_day--promise_other-door-say = { $pickup_grownup } vendrá { justo-despues }.
daycare_day--promise_other-0 = { $grownup } dice: { $pickup_grownup } viene { justo-despues }.
daycare_day--promise_other-1 = { $grownup } se va a hacer cosas de mayores.

daycare_day--welcome-coat_hooks-say = La mochila se cuelga en la percha de { $child }.
daycare_day--welcome-coat_hooks-hint = ¿Encuentras la percha de { $child }?
daycare_day--welcome-teacher-say = A { $teacher } le alegra que { $child } esté aquí.
daycare_day--welcome-sam-say = Un amigo saluda con la mano.
daycare_day--welcome-0 = { $teacher } dice: Estoy aquí. Puedes venir conmigo.

daycare_day--missing-buddy-say = { $buddy } le da a { $child } un abrazo grande y suave.
daycare_day--missing-buddy-hint = ¿Le das un abrazo a { $buddy }? Toca a { $buddy }.
daycare_day--missing-photo-say = Ahí está { $grownup }. { $pickup_grownup } vuelve { justo-despues }.
daycare_day--missing-teacher-say = { $teacher } está cerquita, para dar un abrazo.
daycare_day--missing-0 = A veces { $child } echa de menos a { $grownup }. No pasa nada.
daycare_day--missing-1 = { $child } puede abrazar a { $buddy }, mirar la foto, o ir con { $teacher }.

daycare_day--comeback-pickup-say = Te he echado de menos, dice { $pickup_grownup }.
daycare_day--comeback-pickup-hint = ¿Quién ha vuelto? Toca a { $pickup_grownup }.
daycare_day--comeback-photo-say = La familia de { $child }, otra vez junta.
daycare_day--comeback-0 = { $pickup_grownup } vuelve { justo-despues }.
daycare_day--comeback-1 = ¡Un abrazo muy grande!

daycare_day--home-hint = ¿A qué juegan en casa? Toca un dibujo.
daycare_day--home-0 = { $grownup } dijo adiós. { $child } jugó. Y { $pickup_grownup } volvió { justo-despues }.
daycare_day--home-choice-book-say = ¡Un libro!
daycare_day--home-choice-ball-say = ¡La pelota!
daycare_day--home-choice-bubbles-say = ¡Pompas!
daycare_day--home-choice-book-label = Libro
daycare_day--home-choice-ball-label = Pelota
daycare_day--home-choice-bubbles-label = Pompas

daycare_day--home_book-pickup-say = { $pickup_grownup } pasa la página.
daycare_day--home_book-0 = Leen un libro, y { $buddy } escucha.

daycare_day--home_ball-ball-say = ¡Rueda, rueda, rueda! Otra vez hacia { $pickup_grownup }.
daycare_day--home_ball-0 = Se pasan la pelota, y { $buddy } mira.

daycare_day--home_bubbles-bubbles-say = ¡Pop, pop, pop! Pompas grandes y pompas pequeñas.
daycare_day--home_bubbles-0 = { $pickup_grownup } hace pompas para { $child } y { $buddy }.

daycare_day--activity-circle_time-teacher-say = ¡Buenos días a todos!, canta { $teacher }.
daycare_day--activity-circle_time-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--activity-circle_time-mia-say = Una amiga también canta buenos días.

daycare_day--activity-free_play-blocks-say = Arriba, arriba, arriba sube la torre. ¡Y luego se cae!
daycare_day--activity-free_play-blocks-hint = ¿Puedes tocar los bloques?
daycare_day--activity-free_play-toy_box-say = En la caja de juguetes hay coches y pelotas.

daycare_day--activity-building-blocks-say = Un bloque más arriba. ¡Qué torre tan alta!
daycare_day--activity-building-blocks-hint = ¿Puedes tocar los bloques?

daycare_day--activity-snack-fruit_bowl-say = ¡Ñam, ñam! Fruta del frutero.
daycare_day--activity-snack-fruit_bowl-hint = ¿Puedes tocar la fruta?
daycare_day--activity-snack-child-say = { $child } bebe un poco de agua. Aaah.

daycare_day--activity-lunch-child-say = Ñam, ñam. { $child } come.
daycare_day--activity-lunch-child-hint = ¿Puedes tocar a { $child }?

daycare_day--activity-outdoor_play-ball-say = ¡Boing! Un amigo da una patada a la pelota.
daycare_day--activity-outdoor_play-ball-hint = ¿Puedes tocar la pelota?
daycare_day--activity-outdoor_play-child-say = ¡Yupi! { $child } baja por el tobogán.

daycare_day--activity-sand_play-sandpit-say = ¡Cava, cava, cava! La arena hace fssss.
daycare_day--activity-sand_play-sandpit-hint = ¿Puedes tocar la arena?

daycare_day--activity-art-child-say = ¡Fiu, fiu! Un arcoíris grande para { $grownup }.
daycare_day--activity-art-child-hint = ¿Puedes tocar el dibujo de { $child }?

daycare_day--activity-music-drum-say = ¡Bum, bum, bum! El tambor suena fuerte.
daycare_day--activity-music-drum-hint = ¿Puedes tocar el tambor?
daycare_day--activity-music-sam-say = Un amigo baila con la música.

daycare_day--activity-story_time-teacher-say = { $teacher } pasa la página. ¿Qué pasará ahora?
daycare_day--activity-story_time-teacher-hint = ¿Puedes tocar el libro?

daycare_day--activity-quiet_time-child-say = { $child } mira los dibujos y pasa la página, despacito.
daycare_day--activity-quiet_time-child-hint = ¿Puedes tocar el libro?

daycare_day--activity-nap-buddy-say = Chis. { $buddy } también está a gustito y con sueño.
daycare_day--activity-nap-buddy-hint = Chis. ¿Puedes tocar a { $buddy }, con cuidado?

daycare_day--activity-any-child-say = { $child } se lo pasa bien { en-el-sitio }.
daycare_day--activity-any-teacher-say = { $teacher } está aquí para ayudar.
