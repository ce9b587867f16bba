# Español: las palabras de las páginas impresas (levels/printables.toml): el cuento, las tarjetas
# y "Sobre mí" para la maestra. Las leen los adultos en papel; nunca se dicen en voz alta.

printables--storybook-footer = { $title }: el cuento de { $child }

printables--cards-day_title = El día de { $child } { en-el-sitio }
printables--cards-day_help = Recorta por las líneas de puntos. Pon las tarjetas en este orden y miradlas juntos por la mañana. { $grownup } vuelve { justo-despues }: esa tarjeta lleva vuestra foto.
printables--cards-goodbye_title = Nuestra despedida
printables--cards-goodbye_help = La misma despedida corta cada día, y luego { $grownup } sale por la puerta.
printables--cards-buddy_card = { $buddy } viene también

printables--about_me-title = Todo sobre mí
printables--about_me-hello = ¡Hola, soy { $child }!
printables--about_me-grownup = A mi adulto le llamo { $grownup }.
printables--about_me-buddy_title = Mi peluche
printables--about_me-buddy = Te presento a { $buddy }. { $buddy } viene conmigo y me ayuda a ser valiente.
printables--about_me-real_toy = { $buddy } de verdad
printables--about_me-goodbye_title = Nuestra despedida
printables--about_me-goodbye_after = Luego { $grownup } se va, y vuelve { justo-despues }.
printables--about_me-promise_title = La promesa
printables--about_me-promise_help = Recuérdamela, por favor, cuando eche de menos a { $grownup }.
printables--about_me-helps_title = Qué me ayuda
printables--about_me-0 = Respirar despacio con { $buddy }: tres respiraciones grandes, dentro y fuera.
printables--about_me-1 = Oír la promesa: { $grownup } vuelve { justo-despues }.
printables--about_me-helps_photo = Mirar nuestra foto de familia.
printables--about_me-tricky_title = Qué me ha costado últimamente
printables--about_me-tricky_none = Nada en especial últimamente.
printables--about_me-footer = Hecho por la familia de { $child } con Dropoff Buddy el { $date }.
