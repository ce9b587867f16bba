# Español: el cuento "Un día en la guardería" (levels/daycare_day.toml), página a página.
# Las amigas y los amigos del cuento: Mia es una niña; Sam y Leo son niños. { $pickup_grownup }
# es quien vuelve a recoger (el mismo adulto que le lleva, salvo que la familia diga otro).

# El título, para los adultos (el cuento impreso).
daycare_day--title = Un día en la guardería

daycare_day--morning-buddy-say = ¡Buenos días, { $child }! Soy { $buddy }. ¡Yo también voy!
daycare_day--morning-buddy-hint = ¿Puedes tocar a { $buddy }?
daycare_day--morning-photo-say = Esta es la familia de { $child }. Quieren mucho a { $child }.
daycare_day--morning-grownup-say = Buenos días, cariño, dice { $grownup }.
daycare_day--morning-0 = ¡Buenos días, { $child }! Hoy es día { dia-de-sitio }.
daycare_day--morning-1 = { $buddy } va en la mochila, y la foto de la familia también. Van con { $child }.

daycare_day--door-teacher-say = ¡Hola, { $child }! Qué alegría verte, dice { $teacher }.
daycare_day--door-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--door-child-say = { $child } saluda a { $teacher }.
daycare_day--door-0 = { $grownup } y { $child } van andando { al-sitio }. Tiene una puerta azul muy grande.
daycare_day--door-1 = { $teacher } está en la puerta para saludar.

daycare_day--door_home-teacher-say = ¡Hola, { $child }! Pasa, dice { $teacher }.
daycare_day--door_home-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--door_home-0 = { $grownup } y { $child } van andando a la casa donde { $teacher } cuida a los niños.
daycare_day--door_home-1 = { $teacher } abre la puerta para saludar.

daycare_day--goodbye-buddy-say = { $buddy } también dice adiós con la mano.
daycare_day--goodbye-hint = Toca un dibujo de la despedida, arriba, y hacedlo juntos.
daycare_day--goodbye-0 = Ahora toca decir adiós. { $grownup } y { $child } se despiden a su manera: { $ritual }.

daycare_day--promise-child-say = ¡Adiós, { $grownup }! Nos vemos { justo-despues }.
daycare_day--promise-child-hint = ¿Puedes decir adiós con la mano? Toca a { $child }.
daycare_day--promise-door-say = { $grownup } volverá { justo-despues }.
daycare_day--promise-0 = { $grownup } dice: vuelvo { justo-despues }.
daycare_day--promise-1 =
    { $grownup } dice adiós con la mano y sale por la puerta, { $grownup_gender ->
        [female] tranquila y segura.
        [male] tranquilo y seguro.
       *[other] con calma y sin prisa.
    }

daycare_day--promise_other-child-say = ¡Adiós, { $grownup }! Hasta luego.
daycare_day--promise_other-child-hint = ¿Puedes decir adiós con la mano? Toca a { $child }.
daycare_day--promise_other-0 = { $grownup } dice: { $pickup_grownup } vendrá a buscarte { justo-despues }.
daycare_day--promise_other-1 = { $grownup } dice adiós con la mano y sale por la puerta, { $grownup_gender ->
    [female] tranquila y segura.
    [male] tranquilo y seguro.
   *[other] con calma y sin prisa.
}

daycare_day--welcome-coat_hooks-say = Este es el gancho de { $child }. La mochila se cuelga aquí.
daycare_day--welcome-coat_hooks-hint = ¿Dónde va la mochila? Toca los ganchos.
daycare_day--welcome-teacher-say = Qué bien que estés aquí, dice { $teacher }.
daycare_day--welcome-sam-say = ¡Hola! ¿Quieres jugar conmigo?
daycare_day--welcome-0 = { $teacher } dice: ¡Qué bien que has venido, { $child }! { $child } cuelga la mochila en un gancho.
daycare_day--welcome-1 = { $teacher } cuida de { $child } toda la mañana, y { $buddy } se queda cerquita.

daycare_day--missing-buddy-say = { $buddy } le da a { $child } un abrazo grande y suave.
daycare_day--missing-buddy-hint = ¿Le das un abrazo a { $buddy }? Toca a { $buddy }.
daycare_day--missing-photo-say = Ahí está { $grownup }. { $pickup_grownup } vuelve { justo-despues }.
daycare_day--missing-teacher-say = { $teacher } dice: estoy aquí. Puedes venir conmigo.
daycare_day--missing-hint = Vamos a respirar despacito con { $buddy }. Dentro, y fuera.
daycare_day--missing-0 = A veces { $child } echa de menos a { $grownup }. Está bien estar triste.
daycare_day--missing-1 = { $child } abraza a { $buddy }, mira la foto de la familia y respira despacito. Dentro, y fuera.

daycare_day--comeback-pickup-say = Te he echado de menos. He vuelto { justo-despues }, dice { $pickup_grownup }.
daycare_day--comeback-pickup-hint = ¿Quién ha vuelto? Toca a { $pickup_grownup }.
daycare_day--comeback-photo-say = La familia de { $child }, juntos otra vez.
daycare_day--comeback-0 = { justo-despues }, { $pickup_grownup } vuelve, como dijo { $grownup }.
daycare_day--comeback-1 = ¡Un abrazo muy grande! { $pickup_grownup } y { $child } están juntos otra vez.

daycare_day--home-0 = { $child }, { $pickup_grownup } y { $buddy } ya están en casa.
daycare_day--home-1 = ¿A qué jugamos en casa? Toca un dibujo.
daycare_day--home-choice-book-label = Libro
daycare_day--home-choice-book-say = ¡Un libro! Vamos a leer juntos.
daycare_day--home-choice-ball-label = Pelota
daycare_day--home-choice-ball-say = ¡La pelota! Vamos a rodarla.
daycare_day--home-choice-bubbles-label = Pompas
daycare_day--home-choice-bubbles-say = ¡Pompas! Vamos a soplarlas.

daycare_day--home_book-pickup-say = Pasa la página. ¿Qué pasará ahora?
daycare_day--home_book-0 = { $pickup_grownup } y { $child } leen un libro juntos, y { $buddy } también escucha.
daycare_day--home_book-1 = Ya sabes cómo es tu día { en-el-sitio }, { $child }. ¡Muy bien!

daycare_day--home_ball-ball-say = ¡Rueda, rueda, rueda! Otra vez hacia { $pickup_grownup }.
daycare_day--home_ball-0 = { $pickup_grownup } y { $child } se pasan la pelota, y { $buddy } mira.
daycare_day--home_ball-1 = Ya sabes cómo es tu día { en-el-sitio }, { $child }. ¡Muy bien!

daycare_day--home_bubbles-bubbles-say = ¡Pop, pop, pop! Pompas grandes y pompas pequeñas.
daycare_day--home_bubbles-0 = { $pickup_grownup } hace pompas, y { $child } y { $buddy } las explotan.
daycare_day--home_bubbles-1 = Ya sabes cómo es tu día { en-el-sitio }, { $child }. ¡Muy bien!

daycare_day--activity-circle_time-teacher-say = ¡Buenos días a todos!, canta { $teacher }.
daycare_day--activity-circle_time-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--activity-circle_time-mia-say = ¡Buenos días!, dice una amiga.

daycare_day--activity-free_play-blocks-say = Arriba, arriba, arriba sube la torre. ¡Y luego se cae!
daycare_day--activity-free_play-blocks-hint = ¿Puedes tocar los bloques?
daycare_day--activity-free_play-toy_box-say = En la caja de juguetes hay coches y pelotas.

daycare_day--activity-building-blocks-say = Un bloque más arriba. ¡Qué torre tan alta!
daycare_day--activity-building-blocks-hint = ¿Puedes tocar los bloques?

daycare_day--activity-snack-fruit_bowl-say = ¡Ñam, ñam! Una manzana muy jugosa.
daycare_day--activity-snack-fruit_bowl-hint = ¿Puedes tocar la fruta?
daycare_day--activity-snack-child-say = Un trago de agua fresquita. Aaah.

daycare_day--activity-lunch-child-say = Pasta, guisantes y zanahorias. ¡Qué rico!
daycare_day--activity-lunch-child-hint = ¿Puedes tocar a { $child }?

daycare_day--activity-outdoor_play-ball-say = ¡Boing! { $child } le pasa la pelota a un amigo.
daycare_day--activity-outdoor_play-ball-hint = ¿Puedes tocar la pelota?
daycare_day--activity-outdoor_play-child-say = ¡Corre, corre, corre! Qué rápido va { $child }.

daycare_day--activity-sand_play-sandpit-say = ¡Cava, cava, y echa! La arena hace fssss.
daycare_day--activity-sand_play-sandpit-hint = ¿Puedes tocar la arena?

daycare_day--activity-art-child-say = ¡Fiu, fiu! Un arcoíris grande para { $grownup }.
daycare_day--activity-art-child-hint = ¿Puedes tocar el dibujo de { $child }?

daycare_day--activity-music-drum-say = ¡Bum, bum, bum! { $child } toca el tambor.
daycare_day--activity-music-drum-hint = ¿Puedes tocar el tambor?
daycare_day--activity-music-sam-say = Un amigo baila con la música.

daycare_day--activity-story_time-teacher-say = { $teacher } pasa la página. ¿Qué pasará ahora?
daycare_day--activity-story_time-teacher-hint = ¿Puedes tocar el libro?

daycare_day--activity-quiet_time-child-say = Mira los dibujos. Pasa la página, despacito.
daycare_day--activity-quiet_time-child-hint = ¿Puedes tocar el libro?

daycare_day--activity-nap-buddy-say = Chis. { $buddy } también está a gustito y con sueño.
daycare_day--activity-nap-buddy-hint = Chis. ¿Puedes tocar a { $buddy } con cuidado?

daycare_day--activity-any-child-say = { $child } se lo pasa muy bien { en-el-sitio }.
daycare_day--activity-any-teacher-say = { $teacher } está aquí para ayudar.
