# Español: las tarjetas del día. label: debajo del dibujo; words: dentro de una frase, con su
# artículo ("la merienda": "justo después de la merienda"; los masculinos tienen su "del" en
# justo-despues, en family.ftl); say: lo que se dice al tocar la tarjeta.

cards--arrive-label = Llegar
cards--arrive-words = la llegada
cards--arrive-say = { $child } llega { al-sitio } y saluda.

cards--circle_time-label = Asamblea
cards--circle_time-words = la asamblea
cards--circle_time-say = ¡La asamblea! Los niños se sientan en corro y cantan.

cards--free_play-label = Juego libre
cards--free_play-words = el juego libre
cards--free_play-say = ¡Juego libre! { $child } juega con los juguetes.

cards--snack-label = Merienda
cards--snack-words = la merienda
cards--snack-say = ¡La merienda! { $child } come y bebe.

cards--outdoor_play-label = Patio
cards--outdoor_play-words = el patio
cards--outdoor_play-say = ¡Al patio! { $child } juega fuera.

cards--art-label = Pintar
cards--art-words = la hora de pintar
cards--art-say = ¡A pintar! { $child } pinta un dibujo.

cards--music-label = Música
cards--music-words = la música
cards--music-say = ¡Hora de música! Los niños cantan y bailan.

cards--story_time-label = Cuento
cards--story_time-words = el cuento
cards--story_time-say = ¡La hora del cuento! { $teacher } lee un libro.

cards--lunch-label = Comida
cards--lunch-words = la comida
cards--lunch-say = ¡Hora de comer! { $child } come con sus amigos.

cards--nap-label = Siesta
cards--nap-words = la siesta
cards--nap-say = La siesta. { $child } descansa con { $buddy }.

cards--quiet_time-label = Rato tranquilo
cards--quiet_time-words = el rato tranquilo
cards--quiet_time-say = Un rato tranquilo. { $child } mira un libro.

cards--sand_play-label = Arena y agua
cards--sand_play-words = el juego con arena y agua
cards--sand_play-say = ¡Arena y agua! { $child } cava en la arena.

cards--building-label = Construcciones
cards--building-words = las construcciones
cards--building-say = ¡A construir! { $child } construye con bloques.

cards--pickup-label = A casa
cards--pickup-words = la hora de ir a casa
cards--pickup-say = ¡A casa! { $pickup_grownup } viene a buscar a { $child }.
