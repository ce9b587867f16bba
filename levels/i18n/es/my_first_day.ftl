# Español: el cuento "Mi primer día" (levels/my_first_day.toml), el primer día en un sitio nuevo.

my_first_day--title = Mi primer día

my_first_day--morning-buddy-say = { $buddy } también va, en la mochila.
my_first_day--morning-buddy-hint = ¿Puedes tocar a { $buddy }?
my_first_day--morning-grownup-say = { $grownup_gender ->
    [female] { $grownup } está muy orgullosa de { $child }.
    [male] { $grownup } está muy orgulloso de { $child }.
   *[other] { $grownup } siente mucho orgullo de { $child }.
}
my_first_day--morning-0 = Hoy es el primer día de { $child } { en-el-sitio }.
my_first_day--morning-1 = { $grownup } dice adiós. Y { $pickup_grownup } vuelve { justo-despues }.

my_first_day--visit-door-say = Esta es la puerta de { el-sitio }.
my_first_day--visit-door-hint = ¿Puedes tocar la puerta?
my_first_day--visit-child-say = { $child } mira el sitio nuevo.
my_first_day--visit-0 = { $child } y { $grownup } visitan { el-sitio } por primera vez.

my_first_day--teacher-teacher-say = ¡Hola, { $child }! Soy { $teacher }.
my_first_day--teacher-teacher-hint = ¿Puedes tocar a { $teacher }?
my_first_day--teacher-grownup-say = { $grownup } también saluda a { $teacher }.
my_first_day--teacher-0 = { $child } conoce a { $teacher }. ¡{ $teacher } se alegra mucho!

my_first_day--hook-portrait-say = ¡Es { $child }!
my_first_day--hook-portrait-hint = ¿Encuentras la foto de { $child }?
my_first_day--hook-coat_hooks-say = La mochila se cuelga en la percha de { $child }.
my_first_day--hook-0 = Aquí está la percha de { $child }, con su foto.

my_first_day--toilet-toilet-say = ¡Se tira de la cadena! Luego { $child } se lava las manos en el lavabo.
my_first_day--toilet-toilet-hint = ¿Puedes tocar el váter?
my_first_day--toilet-sink-say = Chof, chof. Manos limpias.
my_first_day--toilet-0 = Aquí está el váter. { $child } puede pedir ayuda a { $teacher }.

my_first_day--play-blocks-say = Un bloque, dos bloques, ¡una torre!
my_first_day--play-blocks-hint = ¿Puedes tocar los bloques?
my_first_day--play-grownup-say = { $grownup } mira jugar a { $child }.
my_first_day--play-0 = { $child } juega, y { $grownup } se queda un ratito.

my_first_day--goodbye-buddy-say = { $buddy } también dice adiós con la mano.
my_first_day--goodbye-hint = Toca un dibujo de la despedida, arriba, y hacedlo juntos.
my_first_day--goodbye-0 = { $grownup } y { $child } se despiden: { $ritual }.
my_first_day--goodbye-1 = A veces { $child } llora cuando { $grownup } se va. No pasa nada.

my_first_day--promise-door-say = { $grownup } volverá { justo-despues }.
my_first_day--promise-0 = { $grownup } dice: Vuelvo { justo-despues }.
my_first_day--promise-1 = { $teacher } dice: Estoy aquí. Puedes venir conmigo.

my_first_day--promise_other-door-say = { $pickup_grownup } vendrá { justo-despues }.
my_first_day--promise_other-0 = { $grownup } dice: { $pickup_grownup } viene { justo-despues }.
my_first_day--promise_other-1 = { $teacher } dice: Estoy aquí. Puedes venir conmigo.

my_first_day--short_day-teacher-say = { $teacher } pasa la página.
my_first_day--short_day-teacher-hint = ¿Puedes tocar el libro?
my_first_day--short_day-0 = El primer día es un día cortito.

my_first_day--comeback-pickup-say = Te he echado de menos, dice { $pickup_grownup }.
my_first_day--comeback-pickup-hint = ¿Quién ha vuelto? Toca a { $pickup_grownup }.
my_first_day--comeback-0 = { $pickup_grownup } vuelve { justo-despues }.
my_first_day--comeback-1 = ¡Un abrazo muy grande!

my_first_day--home-child-say = ¡{ $child } lo ha conseguido!
my_first_day--home-child-hint = ¿Puedes tocar a { $child }?
my_first_day--home-0 = { $grownup } dijo adiós. { $child } jugó. Y { $pickup_grownup } volvió { justo-despues }.
my_first_day--home-1 = Así fue el primer día de { $child } { en-el-sitio }.
