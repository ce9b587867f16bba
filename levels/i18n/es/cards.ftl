# Español: las tarjetas del día. label: debajo del dibujo; words: dentro de una frase, con su
# artículo ("la merienda": "justo después de la merienda"; los masculinos tienen su "del" en
# justo-despues, en family.ftl); say: lo que se dice al tocar la tarjeta.

cards--arrive-label = Llegar
cards--arrive-words = la llegada
cards--arrive-say = Llegamos { al-sitio } y saludamos a { $teacher }.

cards--circle_time-label = Asamblea
cards--circle_time-words = la asamblea
cards--circle_time-say = ¡La asamblea! Nos sentamos en corro y cantamos buenos días.

cards--free_play-label = Juego libre
cards--free_play-words = el juego libre
cards--free_play-say = ¡Juego libre! { $child } puede elegir los bloques, los coches o las muñecas.

cards--snack-label = Merienda
cards--snack-words = la merienda
cards--snack-say = ¡La merienda! Fruta rica y un vaso de agua.

cards--outdoor_play-label = Patio
cards--outdoor_play-words = el patio
cards--outdoor_play-say = ¡Al patio! Corremos, trepamos y bajamos por el tobogán.

cards--art-label = Pintar
cards--art-words = la hora de pintar
cards--art-say = ¡A pintar! Pintamos con muchos colores.

cards--music-label = Música
cards--music-words = la música
cards--music-say = ¡Hora de música! Agitamos, tocamos el tambor y bailamos.

cards--story_time-label = Cuento
cards--story_time-words = el cuento
cards--story_time-say = ¡La hora del cuento! { $teacher } lee un libro para todos.

cards--lunch-label = Comida
cards--lunch-words = la comida
cards--lunch-say = ¡Hora de comer! Nos lavamos las manos y comemos juntos.

cards--nap-label = Siesta
cards--nap-words = la siesta
cards--nap-say = La siesta. { $child } descansa en una camita con { $buddy }.

cards--quiet_time-label = Rato tranquilo
cards--quiet_time-words = el rato tranquilo
cards--quiet_time-say = Un rato tranquilo. Miramos libros y descansamos el cuerpo.

cards--sand_play-label = Arena y agua
cards--sand_play-words = el juego con arena y agua
cards--sand_play-say = ¡Arena y agua! Cavamos, echamos agua y salpicamos.

cards--building-label = Construcciones
cards--building-words = las construcciones
cards--building-say = ¡A construir! Hacemos torres muy altas con bloques.

cards--pickup-label = A casa
cards--pickup-words = la hora de ir a casa
cards--pickup-say = ¡A casa! { $grownup } viene a buscar a { $child }.
