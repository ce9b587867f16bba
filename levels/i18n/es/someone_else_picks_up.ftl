# Español: el cuento "Hoy me recoge otra persona" (levels/someone_else_picks_up.toml): quien
# recoge es { $pickup_grownup }, que la familia elige para cada día de la semana.

someone_else_picks_up--title = Hoy me recoge otra persona

someone_else_picks_up--morning-portrait-say = ¡Es { $pickup_grownup }!
someone_else_picks_up--morning-portrait-hint = ¿Quién viene a buscar a { $child }? Toca el dibujo.
someone_else_picks_up--morning-buddy-say = { $buddy } también va, en la mochila.
someone_else_picks_up--morning-0 = Hoy { $grownup } dice adiós { en-el-sitio }.
someone_else_picks_up--morning-1 = Y { $pickup_grownup } viene a buscar a { $child } { justo-despues }.

someone_else_picks_up--door-teacher-say = ¡Hola, { $child }! Qué alegría verte, dice { $teacher }.
someone_else_picks_up--door-teacher-hint = ¿Puedes tocar a { $teacher }?
someone_else_picks_up--door-0 = { $teacher } saluda en la puerta.

someone_else_picks_up--door_home-teacher-say = ¡Hola, { $child }! Pasa, dice { $teacher }.
someone_else_picks_up--door_home-teacher-hint = ¿Puedes tocar a { $teacher }?
someone_else_picks_up--door_home-0 = { $teacher } abre la puerta y saluda.

someone_else_picks_up--goodbye-buddy-say = { $buddy } también dice adiós con la mano.
someone_else_picks_up--goodbye-hint = Toca un dibujo de la despedida, arriba, y hacedlo juntos.
someone_else_picks_up--goodbye-0 = { $grownup } y { $child } se despiden: { $ritual }.
someone_else_picks_up--goodbye-1 = A veces { $child } llora cuando { $grownup } se va. No pasa nada.

someone_else_picks_up--promise-child-say = { $child } le dice adiós con la mano a { $grownup }.
someone_else_picks_up--promise-child-hint = ¿Puedes decir adiós con la mano? Toca a { $child }.
someone_else_picks_up--promise-0 = { $grownup } dice: { $pickup_grownup } viene { justo-despues }.
someone_else_picks_up--promise-1 = Luego { $grownup } se va a hacer cosas de mayores.

someone_else_picks_up--welcome-teacher-say = A { $teacher } le alegra que { $child } esté aquí.
someone_else_picks_up--welcome-teacher-hint = ¿Puedes tocar a { $teacher }?
someone_else_picks_up--welcome-0 = { $teacher } dice: Estoy aquí. Puedes venir conmigo.

someone_else_picks_up--play-blocks-say = La torre sube. ¡Y luego se cae!
someone_else_picks_up--play-blocks-hint = ¿Puedes tocar los bloques?
someone_else_picks_up--play-0 = { $child } juega con sus amigos { en-el-sitio }.

someone_else_picks_up--remember-portrait-say = { $pickup_grownup } viene { justo-despues }.
someone_else_picks_up--remember-portrait-hint = ¿Quién viene a buscar a { $child }? Toca el dibujo.
someone_else_picks_up--remember-0 = { $child } lo sabe: { $pickup_grownup } viene { justo-despues }.

someone_else_picks_up--arrives-pickup-say = ¡Hola, { $child }! He venido { justo-despues }, dice { $pickup_grownup }.
someone_else_picks_up--arrives-pickup-hint = ¿Quién ha venido? Toca a { $pickup_grownup }.
someone_else_picks_up--arrives-0 = La puerta se abre { justo-despues }. ¡Es { $pickup_grownup }!
someone_else_picks_up--arrives-1 = ¡Un abrazo muy grande!

someone_else_picks_up--going_home-teacher-say = Adiós, dice { $teacher }.
someone_else_picks_up--going_home-teacher-hint = ¿Puedes decirle adiós con la mano a { $teacher }?
someone_else_picks_up--going_home-0 = { $pickup_grownup } y { $child } se van a casa.

someone_else_picks_up--home-pickup-say = { $pickup_grownup } y { $child } leen un libro en casa.
someone_else_picks_up--home-pickup-hint = ¿Puedes tocar a { $pickup_grownup }?
someone_else_picks_up--home-0 = { $grownup } dijo adiós. Y { $pickup_grownup } vino { justo-despues }, como dijo { $grownup }.
