# Español: lo que pone en los botones y debajo de los dibujos, para el adulto que acompaña.

screens--common-home = Inicio
screens--common-all_done = Ya está
screens--common-go_on = Seguir
screens--common-go = Vamos

screens--home-play = Jugar

screens--flow-all_ready = ¡Todo listo para ir { al-sitio }!
screens--flow-home_day = ¡Qué día en casa tan bonito!

screens--feelings-breathe = Respirar
screens--feelings-breathe_with = Respirar con { $buddy }
screens--feelings-tricky_title = ¿Qué es difícil { en-el-sitio }?

screens--my_day-title = Mi día { en-el-sitio }

screens--ritual-practice = Juego de despedida
screens--ritual-together = Juntos
screens--ritual-buddy_turn = Le toca a { $buddy }
screens--ritual-say = Di: { $promise }

screens--stickers-new_for = ¡Algo nuevo para { $buddy }!
screens--stickers-unknown = una pegatina

screens--buddy_maker-tab-animal = Animal
screens--buddy_maker-tab-colour = Color
screens--buddy_maker-tab-wear = Ropa
screens--buddy_maker-tab-pattern = Dibujo
screens--buddy_maker-tab-name = Nombre
screens--buddy_maker-locked = Se gana con pegatinas
screens--buddy_maker-names-honey = Miel
screens--buddy_maker-names-sunny = Solecito
screens--buddy_maker-names-star = Estrella
screens--buddy_maker-names-patch = Parche
screens--buddy_maker-names-cloud = Nube
screens--buddy_maker-names-moony = Lunita
screens--buddy_maker-names-button = Botón

screens--parent_lock-hint = Para adultos: mantén pulsado el candado 3 segundos

screens--evening-dont_know = No lo sé
screens--evening-skip = Saltar
screens--evening-best_part = ¿Qué fue lo mejor?

screens--text_field-emoji = Los emojis no pueden ir en un nombre. Solo letras, por favor.
screens--text_field-paste_empty = No hay texto para pegar.
screens--text_field-too_long = Un nombre puede tener hasta { $count } letras, así que el resto se ha quedado fuera.
screens--text_field-no_font = Este ordenador no tiene tipografía para { $count ->
    [one] esta letra
   *[other] estas letras
}, así que no se puede mostrar. Puedes escribir el nombre con letras latinas.
