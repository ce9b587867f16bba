# Español: el cuento "Cuando estoy triste en la guardería" (levels/sad_at_daycare.toml): lo que
# ayuda, como opciones ("{ $child } puede..."), y la tristeza que pasa.

sad_at_daycare--title = Cuando estoy triste { en-el-sitio }

sad_at_daycare--start-door-say = { $pickup_grownup } vuelve por esta puerta { justo-despues }.
sad_at_daycare--start-door-hint = ¿Puedes tocar la puerta?
sad_at_daycare--start-sam-say = Un amigo saluda con la mano.
sad_at_daycare--start-0 = { $grownup } dijo adiós { en-el-sitio }.
sad_at_daycare--start-1 = { $pickup_grownup } vuelve { justo-despues }.

sad_at_daycare--play-blocks-say = ¡Un bloque, dos bloques, tres!
sad_at_daycare--play-blocks-hint = ¿Puedes tocar los bloques?
sad_at_daycare--play-0 = { $child } juega con los bloques.

sad_at_daycare--sad-portrait-say = { $child } echa de menos a { $grownup }.
sad_at_daycare--sad-portrait-hint = ¿A quién echa de menos { $child }? Toca el dibujo.
sad_at_daycare--sad-0 = Entonces { $child } se siente triste, y echa de menos a { $grownup }.

sad_at_daycare--its_ok-teacher-say = { $teacher } ve que { $child } está triste.
sad_at_daycare--its_ok-teacher-hint = ¿Puedes tocar a { $teacher }?
sad_at_daycare--its_ok-0 = Está bien sentirse triste. Todo el mundo se siente triste a veces.

sad_at_daycare--hug-buddy-say = ¡Achuchón! Un abrazo grande y suave.
sad_at_daycare--hug-buddy-hint = ¿Le das un abrazo a { $buddy }? Toca a { $buddy }.
sad_at_daycare--hug-0 = { $child } puede abrazar a { $buddy }. { $buddy } es suave.

sad_at_daycare--photo-photo-say = { $pickup_grownup } vuelve { justo-despues }.
sad_at_daycare--photo-photo-hint = ¿Puedes tocar la foto?
sad_at_daycare--photo-0 = { $child } puede mirar la foto de la familia. ¡Ahí está { $grownup }!

sad_at_daycare--breathe-buddy-say = Dentro, y fuera. { $buddy } también respira.
sad_at_daycare--breathe-hint = Vamos a respirar despacito con { $buddy }. Dentro, y fuera.
sad_at_daycare--breathe-0 = { $child } respira despacito con { $buddy }. Dentro, y fuera.

sad_at_daycare--tell-teacher-say = { $teacher } dice: Gracias por contármelo.
sad_at_daycare--tell-teacher-hint = ¿Puedes tocar a { $teacher }?
sad_at_daycare--tell-0 = { $child } puede decirle a { $teacher }: Estoy triste.

sad_at_daycare--cuddle-buddy-say = { $buddy } espera cerquita.
sad_at_daycare--cuddle-buddy-hint = ¿Puedes tocar a { $buddy }?
sad_at_daycare--cuddle-0 = { $teacher } le da un abrazo a { $child }.

sad_at_daycare--better-child-say = Ahora { $child } se siente mejor.
sad_at_daycare--better-child-hint = ¿Puedes tocar a { $child }?
sad_at_daycare--better-0 = La tristeza se hace pequeñita, y luego se va.
sad_at_daycare--better-1 = { $child } juega otra vez con un amigo.

sad_at_daycare--comeback-pickup-say = Te he echado de menos, dice { $pickup_grownup }.
sad_at_daycare--comeback-pickup-hint = ¿Quién ha vuelto? Toca a { $pickup_grownup }.
sad_at_daycare--comeback-0 = { $pickup_grownup } vuelve { justo-despues }.
sad_at_daycare--comeback-1 = ¡Un abrazo muy grande!

sad_at_daycare--home-child-say = La tristeza viene, y luego se va.
sad_at_daycare--home-child-hint = ¿Puedes tocar a { $child }?
sad_at_daycare--home-0 = { $child } se sintió triste, y luego la tristeza se fue.
sad_at_daycare--home-1 = { $grownup } dijo adiós. Y { $pickup_grownup } volvió { justo-despues }.
