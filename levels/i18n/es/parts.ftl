# Español: las partes del juego (las puertas de inicio y lo que se dice entre una parte y otra).

parts--feelings-caption = Emociones
parts--feelings-door_line = ¿Cómo me siento hoy?
parts--feelings-bridge = Primero, vamos a ver cómo te sientes.
parts--feelings-parent_title = ¿Cómo se siente?
parts--feelings-parent_description = ¿Cómo te sientes hoy? Caras en dibujo, y qué es difícil.

parts--my_day-caption = Mi día
parts--my_day-door_line = Mi día { en-el-sitio }.
parts--my_day-bridge = Ahora, vamos a ver tu día { en-el-sitio }.
parts--my_day-parent_title = Mi día
parts--my_day-parent_description = Las tarjetas del día, hasta que vuelves.

parts--story-caption = Cuento
parts--story-bridge = Ahora, un cuento de { $child } y { $buddy }.
parts--story-parent_title = El cuento
parts--story-parent_description = Un cuento corto del día, con el peluche.

parts--shelf-caption = Cuentos
parts--shelf-door_line = Mis cuentos.

parts--ritual-caption = Adiós
parts--ritual-door_line = Vamos a practicar nuestra despedida.
parts--ritual-bridge = Ahora, vamos a practicar la despedida con { $grownup }.
parts--ritual-parent_title = Practicar la despedida
parts--ritual-parent_description = Practicar el ritual de despedida como un juego.

parts--breathe-caption = Respirar
parts--breathe-door_line = Vamos a respirar con { $buddy }.

parts--buddy_maker-caption = Mi peluche
parts--buddy_maker-door_line = Vamos a dejar a { $buddy } igualito.

parts--evening-caption = Tarde
parts--evening-door_line = ¿Qué tal tu día?
