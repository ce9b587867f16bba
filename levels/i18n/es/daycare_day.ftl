# Español: el cuento "Un día en la guardería" (levels/daycare_day.toml), página a página.
# Las amigas y los amigos del cuento: Mia es una niña; Sam y Leo son niños.

# El título, para los adultos (el cuento impreso).
daycare_day--title = Un día en la guardería

daycare_day--morning-0 = ¡Buenos días, { $child }! Hoy es día { dia-de-sitio }.
daycare_day--morning-1 = { $child } se despierta en casa con { $grownup } y { $buddy }.
daycare_day--morning-buddy-say = ¡Buenos días, { $child }! Soy { $buddy }.
daycare_day--morning-buddy-hint = ¿Puedes tocar a { $buddy }?
daycare_day--morning-grownup-say = Buenos días, cariño, dice { $grownup }.

daycare_day--packing-0 = { $child } prepara la mochila para ir { al-sitio }.
daycare_day--packing-1 = { $buddy } va dentro, y la foto de la familia también. Van con { $child }.
daycare_day--packing-backpack-say = ¡Zip! { $buddy } y la foto ya están en la mochila.
daycare_day--packing-backpack-hint = ¿Puedes tocar la mochila?
daycare_day--packing-photo-say = Esta es la familia de { $child }. Quieren mucho a { $child }.
daycare_day--packing-buddy-say = ¡{ $buddy } también viene { al-sitio }!

daycare_day--way-0 = { $grownup } y { $child } van juntos { al-sitio }.
daycare_day--way-1 = Pasan por delante de las casas y de los árboles.
daycare_day--way-child-say = Paso, paso, paso. { $child } va andando { al-sitio }.
daycare_day--way-grownup-say = { $grownup } saluda a un vecino con la mano.

daycare_day--door-0 = Aquí está { el-sitio }. Tiene una puerta azul muy grande.
daycare_day--door-1 = { $teacher } está en la puerta para saludar.
daycare_day--door-teacher-say = ¡Hola, { $child }! Qué alegría verte, dice { $teacher }.
daycare_day--door-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--door-child-say = { $child } saluda a { $teacher } con la mano.

daycare_day--door_home-0 = Esta es la casa donde { $teacher } cuida a los niños.
daycare_day--door_home-1 = { $teacher } abre la puerta para saludar.
daycare_day--door_home-teacher-say = ¡Hola, { $child }! Pasa, dice { $teacher }.
daycare_day--door_home-teacher-hint = ¿Puedes tocar a { $teacher }?

daycare_day--goodbye-0 = Ahora toca decir adiós. { $grownup } y { $child } se despiden a su manera: { $ritual }.
daycare_day--goodbye-1 = Toca cada dibujo, y hacedlo juntos.
daycare_day--goodbye-hint = Toca un dibujo de la despedida, arriba, y hacedlo juntos.

daycare_day--promise-0 = { $grownup } dice: vuelvo { justo-despues }.
daycare_day--promise-1 = { $grownup } dice adiós con la mano y sale por la puerta, { $grownup_gender ->
    [female] tranquila y segura.
    [male] tranquilo y seguro.
   *[other] con calma y sin prisa.
}
daycare_day--promise-child-say = ¡Adiós, { $grownup }! Nos vemos { justo-despues }.
daycare_day--promise-child-hint = ¿Puedes decir adiós con la mano? Toca a { $child }.
daycare_day--promise-door-say = { $grownup } volverá { justo-despues }.

daycare_day--welcome-0 = { $teacher } dice: ¡Qué bien que has venido, { $child }! { $child } cuelga la mochila en un gancho.
daycare_day--welcome-1 = { $teacher } cuida de { $child } durante el día, y { $buddy } se queda cerquita.
daycare_day--welcome-coat_hooks-say = Este es el gancho de { $child }. La mochila se cuelga aquí.
daycare_day--welcome-coat_hooks-hint = ¿Dónde va la mochila? Toca los ganchos.
daycare_day--welcome-teacher-say = Qué bien que estés aquí, dice { $teacher }.
daycare_day--welcome-sam-say = ¡Hola! ¿Quieres jugar conmigo?

daycare_day--missing-0 = A veces { $child } echa de menos a { $grownup }. Está bien estar triste.
daycare_day--missing-1 = { $child } abraza a { $buddy }, mira la foto de la familia y respira despacito. Dentro, y fuera.
daycare_day--missing-hint = Vamos a respirar despacito con { $buddy }. Dentro, y fuera.
daycare_day--missing-buddy-say = { $buddy } le da a { $child } un abrazo grande y suave.
daycare_day--missing-buddy-hint = ¿Le das un abrazo a { $buddy }? Toca a { $buddy }.
daycare_day--missing-photo-say = Ahí está { $grownup }. { $grownup } vuelve { justo-despues }.
daycare_day--missing-teacher-say = { $teacher } dice: estoy aquí. Puedes venir conmigo.

daycare_day--comeback-0 = { justo-despues }, { $grownup } vuelve, como había dicho.
daycare_day--comeback-1 = { $child } ve a { $grownup } en la puerta.
daycare_day--comeback-grownup-say = ¡Hola, { $child }! He vuelto { justo-despues }.
daycare_day--comeback-grownup-hint = ¿Quién ha vuelto? Toca a { $grownup }.
daycare_day--comeback-child-say = ¡Ya está aquí { $grownup }!

daycare_day--reunion-0 = ¡Un abrazo grande! { $grownup } y { $child } están juntos otra vez.
daycare_day--reunion-1 = { $child } le cuenta a { $grownup } todo su día { en-el-sitio }.
daycare_day--reunion-grownup-say = Te he echado de menos. ¡Qué alegría verte!, dice { $grownup }.
daycare_day--reunion-grownup-hint = ¿Le das un abrazo a { $grownup }? Toca a { $grownup }.
daycare_day--reunion-buddy-say = ¡{ $buddy } también ha tenido un buen día!

daycare_day--home-0 = { $child }, { $grownup } y { $buddy } ya están en casa.
daycare_day--home-1 = ¿A qué jugamos en casa? Toca un dibujo.
daycare_day--home-choice-book-label = Libro
daycare_day--home-choice-book-say = ¡Un libro! Vamos a leer juntos.
daycare_day--home-choice-ball-label = Pelota
daycare_day--home-choice-ball-say = ¡La pelota! Vamos a rodarla.
daycare_day--home-choice-bubbles-label = Pompas
daycare_day--home-choice-bubbles-say = ¡Pompas! Vamos a soplarlas.

daycare_day--home_book-0 = { $grownup } y { $child } leen un libro juntos, y { $buddy } también escucha.
daycare_day--home_book-1 = Ya sabes cómo es tu día { en-el-sitio }, { $child }. ¡Muy bien!
daycare_day--home_book-book-say = Pasamos la página. ¿Qué pasará ahora?

daycare_day--home_ball-0 = { $grownup } y { $child } se pasan la pelota, y { $buddy } mira.
daycare_day--home_ball-1 = Ya sabes cómo es tu día { en-el-sitio }, { $child }. ¡Muy bien!
daycare_day--home_ball-ball-say = ¡Rueda, rueda, rueda! Otra vez hacia { $grownup }.

daycare_day--home_bubbles-0 = { $grownup } hace pompas, y { $child } y { $buddy } las explotan.
daycare_day--home_bubbles-1 = Ya sabes cómo es tu día { en-el-sitio }, { $child }. ¡Muy bien!
daycare_day--home_bubbles-bubbles-say = ¡Pop, pop, pop! Pompas grandes y pompas pequeñas.

## Las actividades del día (la frase de la tarjeta abre la página; luego estas).

daycare_day--activity-circle_time-0 = { $child } se sienta en un cojín, con sus amigos.
daycare_day--activity-circle_time-teacher-say = ¡Buenos días a todos!, canta { $teacher }.
daycare_day--activity-circle_time-teacher-hint = ¿Puedes tocar a { $teacher }?
daycare_day--activity-circle_time-mia-say = ¡Buenos días!, dice una amiga.

daycare_day--activity-free_play-0 = { $child } hace una torre con los bloques.
daycare_day--activity-free_play-blocks-say = Arriba, arriba, arriba sube la torre. ¡Y luego se cae!
daycare_day--activity-free_play-blocks-hint = ¿Puedes tocar los bloques?
daycare_day--activity-free_play-toy_box-say = En la caja de juguetes hay coches y muñecas.

daycare_day--activity-building-0 = { $child } y un amigo hacen una torre muy, muy alta.
daycare_day--activity-building-blocks-say = Un bloque más arriba. ¡Qué torre tan alta!
daycare_day--activity-building-blocks-hint = ¿Puedes tocar los bloques?

daycare_day--activity-snack-0 = { $child } se sienta a la mesa con sus amigos.
daycare_day--activity-snack-apple-say = ¡Ñam, ñam! Una manzana muy jugosa.
daycare_day--activity-snack-apple-hint = ¿Puedes tocar la manzana?
daycare_day--activity-snack-cup-say = Un vaso de agua fresquita. Aah.

daycare_day--activity-lunch-0 = { $child } se sienta con sus amigos y come.
daycare_day--activity-lunch-cup-say = Un vaso de agua con la comida.
daycare_day--activity-lunch-cup-hint = ¿Puedes tocar el vaso?

daycare_day--activity-outdoor_play-0 = El aire fresco sienta muy bien.
daycare_day--activity-outdoor_play-ball-say = ¡Boing! { $child } le pasa la pelota a un amigo.
daycare_day--activity-outdoor_play-ball-hint = ¿Puedes tocar la pelota?
daycare_day--activity-outdoor_play-child-say = ¡Corre, corre, corre! Qué rápido va { $child }.

daycare_day--activity-sand_play-0 = { $child } llena un cubo de arena.
daycare_day--activity-sand_play-sandpit-say = ¡Cava, cava, y echa! La arena hace fssss.
daycare_day--activity-sand_play-sandpit-hint = ¿Puedes tocar la arena?

daycare_day--activity-art-0 = { $child } pinta un dibujo para llevarlo a casa.
daycare_day--activity-art-paint_easel-say = ¡Fis, fis! Un arcoíris grande para { $grownup }.
daycare_day--activity-art-paint_easel-hint = ¿Puedes tocar el dibujo?

daycare_day--activity-music-0 = { $child } toca el tambor.
daycare_day--activity-music-drum-say = ¡Bum, bum, bum! { $child } toca el tambor.
daycare_day--activity-music-drum-hint = ¿Puedes tocar el tambor?
daycare_day--activity-music-sam-say = Un amigo baila con la música.

daycare_day--activity-story_time-0 = Todos se sientan y escuchan.
daycare_day--activity-story_time-book-say = { $teacher } pasa la página. ¿Qué pasará ahora?
daycare_day--activity-story_time-book-hint = ¿Puedes tocar el libro?

daycare_day--activity-quiet_time-0 = { $child } mira un libro con { $buddy }.
daycare_day--activity-quiet_time-book-say = Mira los dibujos. Pasa la página, despacito.
daycare_day--activity-quiet_time-book-hint = ¿Puedes tocar el libro?

daycare_day--activity-nap-0 = Ojos cerrados, respiramos despacito. { $buddy } también descansa.
daycare_day--activity-nap-buddy-say = Chis. { $buddy } también está a gustito y con sueño.
daycare_day--activity-nap-buddy-hint = Chis. ¿Puedes tocar a { $buddy } con cuidado?

daycare_day--activity-any-0 = { $child } está en { $activity } con sus amigos.
daycare_day--activity-any-child-say = { $child } se lo pasa muy bien { en-el-sitio }.
daycare_day--activity-any-teacher-say = { $teacher } está aquí para ayudar.
