# Español: la página "Tu voz", cómo nombra las frases que se pueden grabar.

parent_voice--group-key = Frases clave
parent_voice--group-story = El cuento
parent_voice--group-other = Todo lo demás

parent_voice--title-page = Página { $page }
parent_voice--title-page_part = Página { $page } ({ $part } de { $parts })
parent_voice--title-goodbye_step = Despedida: { $step }
parent_voice--title-tap = Cuento: tocar en la página { $page }
parent_voice--title-hint = Cuento: pista en la página { $page }
parent_voice--title-choice = Cuento: elegir { $choice }
parent_voice--title-story_title = El título
parent_voice--title-shelf_page = { $story }: página { $page }
parent_voice--title-shelf_tap = { $story }: tocar en la página { $page }
parent_voice--title-shelf_hint = { $story }: pista en la página { $page }
parent_voice--title-shelf_choice = { $story }: elegir { $choice }

parent_voice--where-parts = Puertas y puentes
parent_voice--where-cards = Mi día
parent_voice--where-feelings = Emociones
parent_voice--where-ritual_steps = Juego de despedida
parent_voice--where-evening = ¿Qué tal tu día?
parent_voice--where-lines_home = Inicio
parent_voice--where-lines_flow = La mañana
parent_voice--where-lines_feelings = Emociones
parent_voice--where-lines_my_day = Mi día
parent_voice--where-lines_story = Cuento
parent_voice--where-lines_ritual = Juego de despedida
parent_voice--where-lines_breathe = Respirar
parent_voice--where-lines_stickers = Álbum de pegatinas
parent_voice--where-lines_buddy_maker = Mi peluche
