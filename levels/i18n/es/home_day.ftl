# Español: el cuento "Un día en casa" (levels/home_day.toml): hoy no hay guardería; cuándo se
# vuelve, en noches ("después de dormir dos noches"), nunca en fechas.

home_day--title = Un día en casa

home_day--morning-buddy-say = { $buddy } también se queda en casa.
home_day--morning-buddy-hint = ¿Puedes tocar a { $buddy }?
home_day--morning-grownup-say = Buenos días, dice { $grownup }.
home_day--morning-0 = Hoy es un día en casa. Hoy { $child } no va { al-sitio }.
home_day--morning-1 = Unos días son días { dia-de-sitio }, y otros días son días en casa.

home_day--breakfast-child-say = Ñam, ñam. ¡Qué rico el desayuno!
home_day--breakfast-child-hint = ¿Puedes tocar a { $child }?
home_day--breakfast-0 = { $child } y { $grownup } desayunan en casa.

home_day--play-blocks-say = ¡La torre sube, y luego se cae!
home_day--play-blocks-hint = ¿Puedes tocar los bloques?
home_day--play-0 = { $child } juega en casa con { $buddy }.

home_day--park-buddy-say = { $buddy } también va al parque.
home_day--park-buddy-hint = ¿Puedes tocar a { $buddy }?
home_day--park-0 = A veces { $child } y { $grownup } van al parque.

home_day--ducks-child-say = ¡Cua, cua! Hola, patos.
home_day--ducks-child-hint = ¿Ves los patos?
home_day--ducks-0 = Miran los patos del estanque.

home_day--slide-child-say = Abajo, abajo, abajo. ¡Otra vez!
home_day--slide-child-hint = ¿Puedes tocar a { $child }?
home_day--slide-0 = ¡Yupi! { $child } baja por el tobogán.

home_day--lunch_at_home-grownup-say = { $grownup } come con { $child }.
home_day--lunch_at_home-grownup-hint = ¿Puedes tocar a { $grownup }?
home_day--lunch_at_home-0 = Luego es la hora de comer en casa.

home_day--thinking-portrait-say = Es { $teacher }, de { el-sitio }.
home_day--thinking-portrait-hint = ¿En quién piensa { $child }? Toca el dibujo.
home_day--thinking-0 = A veces { $child } piensa en { $teacher }. Y está bien.

home_day--sleeps_one-sleep_chart_1-say = Una luna, y luego { al-sitio }.
home_day--sleeps_one-sleep_chart_1-hint = ¿Puedes contar las lunas?
home_day--sleeps_one-0 = { $child } va otra vez { al-sitio } después de dormir una noche.

home_day--sleeps_two-sleep_chart_2-say = Una luna, dos lunas, y luego { al-sitio }.
home_day--sleeps_two-sleep_chart_2-hint = ¿Puedes contar las lunas?
home_day--sleeps_two-0 = { $child } va otra vez { al-sitio } después de dormir dos noches.

home_day--sleeps_three-sleep_chart_3-say = Una luna, dos lunas, tres lunas, y luego { al-sitio }.
home_day--sleeps_three-sleep_chart_3-hint = ¿Puedes contar las lunas?
home_day--sleeps_three-0 = { $child } va otra vez { al-sitio } después de dormir tres noches.

home_day--sleeps_more-sleep_chart_more-say = Muchas lunas, y luego { al-sitio }.
home_day--sleeps_more-sleep_chart_more-hint = ¿Puedes contar las lunas?
home_day--sleeps_more-0 = { $child } va otra vez { al-sitio } después de dormir muchas noches.

home_day--sleeps_unknown-child-say = A { $teacher } le alegrará ver a { $child }.
home_day--sleeps_unknown-child-hint = ¿Puedes tocar a { $child }?
home_day--sleeps_unknown-0 = Otro día, { $child } irá otra vez { al-sitio }.

home_day--evening-grownup-say = Un cuento antes de dormir.
home_day--evening-grownup-hint = ¿Puedes tocar el libro?
home_day--evening-0 = Hoy ha sido un día en casa, con { $grownup } y { $buddy }.
home_day--evening-1 = Ahora toca un cuento para dormir.
