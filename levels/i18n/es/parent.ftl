# Español: las páginas del rincón de los adultos (configuración, ajustes, la puerta, el inicio…).
# Mismos ids que levels/i18n/en-US/parent.ftl. Se habla de tú al padre o la madre; "tu peque" es
# el niño o la niña. Variables de la familia: { $child } { $buddy } { $grownup } { $teacher }
# { $place } y las que nombre cada mensaje.

## El marco de todas las páginas

parent--frame-back = Atrás
parent--frame-done = Hecho
parent--frame-no_keep_it = No, déjalo así
parent--frame-on = Sí
parent--frame-off = No
parent--frame-child_will_hear = Tu peque oirá: “{ $line }”

## La puerta: un número escrito en palabras, que se teclea en cifras

parent--gate-title = Para adultos
parent--gate-type = Escribe este número con el teclado y pulsa Intro:
parent--gate-ok = Vale
parent--gate-wrong = No era ese. Aquí tienes otro número.
parent--gate-children = Niños y niñas: tocad la casa para volver a jugar.
# De 0 a 999 en palabras: "cuatrocientos doce", "cien", "ciento uno", "noventa y nueve".
parent--gate-number = { $hundreds ->
    [0] { gate-resto }
    [1] { $rest ->
        [0] cien
       *[other] ciento { gate-resto }
    }
   *[other] { gate-cientos }{ $rest ->
        [0] {""}
       *[other] { " " }{ gate-resto }
    }
}
gate-cientos = { $hundreds ->
    [2] doscientos
    [3] trescientos
    [4] cuatrocientos
    [5] quinientos
    [6] seiscientos
    [7] setecientos
    [8] ochocientos
   *[9] novecientos
}
gate-resto = { $rest ->
    [0] cero
    [1] uno
    [2] dos
    [3] tres
    [4] cuatro
    [5] cinco
    [6] seis
    [7] siete
    [8] ocho
    [9] nueve
    [10] diez
    [11] once
    [12] doce
    [13] trece
    [14] catorce
    [15] quince
    [16] dieciséis
    [17] diecisiete
    [18] dieciocho
    [19] diecinueve
    [20] veinte
    [21] veintiuno
    [22] veintidós
    [23] veintitrés
    [24] veinticuatro
    [25] veinticinco
    [26] veintiséis
    [27] veintisiete
    [28] veintiocho
    [29] veintinueve
   *[other] { gate-decenas }{ $ones ->
        [0] {""}
       *[other] { " y " }{ gate-unidades }
    }
}
gate-decenas = { $tens ->
    [3] treinta
    [4] cuarenta
    [5] cincuenta
    [6] sesenta
    [7] setenta
    [8] ochenta
   *[9] noventa
}
gate-unidades = { $ones ->
    [1] uno
    [2] dos
    [3] tres
    [4] cuatro
    [5] cinco
    [6] seis
    [7] siete
    [8] ocho
   *[9] nueve
}

## El inicio del rincón de los adultos

parent--home-title = El rincón de los adultos
parent--home-back = Volver a jugar
parent--home-quit = Salir
parent--home-summary = { $name } · peluche { $buddy } · { $stickers ->
    [one] 1 pegatina
   *[other] { $stickers } pegatinas
} · { $checkins ->
    [one] 1 vez contó cómo se sentía
   *[other] { $checkins } veces contó cómo se sentía
}
parent--home-folder = Carpeta de datos: { $folder }
parent--home-version = Dropoff Buddy { $version } · funciona sin conexión, sin cuentas, sin anuncios
parent--home-no_pages = Aquí aparecerán las páginas de ajustes.
parent--home-notices = Para que lo sepas
parent--home-page-setup = Configuración (2 minutos)
parent--home-page-settings = Ajustes
parent--home-page-voice = Tu voz
parent--home-page-children = Niños
parent--home-page-people = Personas y aspecto
parent--home-page-photo = Fotos de la familia y del peluche
parent--home-page-history = Cómo ha estado
parent--home-page-print = Imprimir
parent--home-page-tips = Consejos para la despedida
parent--home-page-data = Tus datos
parent--home-page-stories = Cuentos

## Configuración y ajustes

parent--setup-later = Terminar luego
parent--setup-next = Siguiente
parent--setup-finish = Terminar
parent--setup-skip = Saltar
parent--setup-all_set = ¡Todo listo!
parent--setup-step = { $step } de { $steps } · { $title }
parent--setup-summary_help = Esto es lo que tu peque va a encontrar. Puedes cambiar cualquier cosa luego en Ajustes.
parent--settings-title = Ajustes de { $child }
parent--settings-help = Toca un recuadro para cambiarlo. Los cambios valen al momento.

## Elegir en orden (los pasos de la despedida, las tarjetas del día)

parent--picker-start_again = Empezar de nuevo
parent--picker-too_many = Ya hay { $count }. Toca uno para quitarlo primero.
parent--picker-in_order = En este orden (de { $least } a { $most }):
parent--picker-until_then = Elige al menos { $count }. Hasta entonces, no cambia nada.
parent--picker-take_out = Toca uno para quitarlo.

## Los editores: una página de la configuración o de los ajustes cada uno

parent--editor-language-title = Idioma
parent--editor-language-help = El idioma que tu peque oye y ve, y también estas páginas. Puedes cambiarlo cuando quieras.
parent--editor-language-yes = Sí, cámbialos
parent--editor-language-no = No, déjalos
parent--editor-language-pair = “{ $old }” por “{ $new }”
parent--editor-language-offer = ¿Cambiar también { $pairs }?
parent--editor-language-offer_help = Los nombres que escribiste tú se quedan como están, salvo que sean justo estas palabras.

parent--editor-child-title = El nombre de tu peque
parent--editor-child-help = El nombre que usarán el cuento y el peluche.
parent--editor-child-label = Nombre de tu peque
parent--editor-child-placeholder = p. ej., Lucía
parent--editor-child-or_type = { $name } (o escribe un nombre)
parent--editor-child-problem = Escribe un nombre, o pulsa Saltar para dejar “{ $name }”.

parent--editor-teacher-title = La maestra o el maestro
parent--editor-teacher-help = Cómo llama tu peque a la persona que le cuida allí.
parent--editor-teacher-label = Nombre de la maestra o el maestro
parent--editor-teacher-placeholder = p. ej., Seño Rosa
parent--editor-teacher-or_type = { $name } (o escribe un nombre)
parent--editor-teacher-problem = Escribe un nombre, o pulsa Saltar para dejar “{ $name }”.

parent--editor-buddy-title = El nombre del peluche
parent--editor-buddy-help = El peluche es el muñeco de apego de tu peque en el juego. Si el de verdad tiene nombre, usa ese.
parent--editor-buddy-label = Nombre del peluche
parent--editor-buddy-placeholder = p. ej., Osito
parent--editor-buddy-or_type = { $name } (o escribe un nombre)
parent--editor-buddy-problem = Escribe un nombre, o pulsa Saltar para dejar “{ $name }”.

parent--editor-grownups-title = Los adultos
parent--editor-grownups-help = Cómo te llama tu peque. El primer adulto es quien le lleva por la mañana.
parent--editor-grownups-example_first = p. ej., Mamá
parent--editor-grownups-example_more = p. ej., Papá
parent--editor-grownups-remove = Quitar
parent--editor-grownups-add = + Otro adulto
parent--editor-grownups-four_already = Ya hay cuatro adultos. Toca primero una casilla de nombre para cambiarlo.
parent--editor-grownups-problem = Escribe cómo te llama tu peque, o pulsa Saltar para dejar “{ $name }”.
parent--editor-grownups-names = Nombres (como los dice tu peque)
parent--editor-grownups-tap_a_word = Toca una palabra para usarla:
parent--editor-grownups-does_dropoff = le lleva por la mañana

parent--editor-looks-title = Cómo son
parent--editor-looks-help = Toca para que los dibujos se parezcan a tu peque y a ti. Barba, gafas, pañuelo, ropa: “Más opciones”.
parent--editor-looks-more = Más opciones…
parent--editor-looks-summary = dibujados como vosotros
parent--editor-looks-your_child = Tu peque
parent--editor-looks-does_dropoff = Le lleva por la mañana

parent--editor-place-title = El sitio
parent--editor-place-help = La palabra que usa tu familia para el sitio adonde va tu peque.

parent--editor-photo-title = Foto de familia
parent--editor-photo-help = Una foto de tu familia para que acompañe a tu peque en el cuento.
parent--editor-photo-change = Cambiar la foto…
parent--editor-photo-choose = Elegir una foto…
parent--editor-photo-summary_ok = Foto elegida
parent--editor-photo-summary_none = Familia dibujada
parent--editor-photo-summary_missing = Falta la foto: añádela otra vez
parent--editor-photo-summary_refused = La foto no se puede mostrar: añade otra
parent--editor-photo-later = Las fotos se pueden añadir luego, aquí en el rincón de los adultos.
parent--editor-photo-until_then = Mientras tanto, tu peque ve a tu familia en dibujitos, así.
parent--editor-photo-without = Sin foto, tu peque ve a tu familia dibujada así.
parent--editor-photo-problem = La foto ({ $file }) { $status ->
    [missing] no está
   *[refused] no se puede mostrar
}, así que tu peque ve a tu familia dibujada así. Elige otra vez una foto.

parent--editor-ritual-title = El ritual de despedida
parent--editor-ritual-help = La misma despedida corta cada mañana. Tu peque la practica como un juego.
parent--editor-ritual-at_least = { $count ->
    [one] Elige al menos 1 paso, o pulsa Saltar.
   *[other] Elige al menos { $count } pasos, o pulsa Saltar.
}
parent--editor-ritual-tap_in_order = Toca abajo los pasos en el orden en que los hacéis.

parent--editor-day-title = El día
parent--editor-day-help = Las tarjetas con dibujos de un día allí, en orden, hasta que vuelves.
parent--editor-day-summary = { $count } tarjetas
parent--editor-day-at_least = Elige al menos { $count } tarjetas, o pulsa Saltar.
parent--editor-day-tap_in_order = Toca abajo las tarjetas en el orden en que pasan.

parent--editor-pickup-title = La vuelta
parent--editor-pickup-help = Promete algo que puedas cumplir: vuelves justo después de este momento del día.
parent--editor-pickup-summary = { justo-despues }
parent--editor-pickup-label = Vuelvo justo después de:

parent--editor-sound-title = Sonido
parent--editor-sound-help = La música, la voz y los sonidos tienen cada uno su volumen. La música se puede apagar sola.
parent--editor-sound-music = Música
parent--editor-sound-voice = Voz
parent--editor-sound-effects = Sonidos
parent--editor-sound-try = Probar
parent--editor-sound-music_on = Música sí
parent--editor-sound-music_off = Música no
parent--editor-sound-summary_music = música { $percent } %
parent--editor-sound-summary_music_off = sin música

parent--editor-voice-title = Voz y pantalla
parent--editor-voice-help = Cómo le llegan las frases a tu peque, y cuánto se mueve la pantalla.
parent--editor-voice-narration_title = Leer en voz alta
parent--editor-voice-narration_help = Cada frase se dice en voz alta, así tu peque no necesita leer.
parent--editor-voice-captions_title = Subtítulos
parent--editor-voice-captions_help = Las palabras que se dicen salen también abajo, para los adultos.
parent--editor-voice-reduced_motion_title = Movimiento tranquilo
parent--editor-voice-reduced_motion_help = Menos movimiento: nada salta y las pantallas no se funden.
parent--editor-voice-read_to_me_title = Léemelo
parent--editor-voice-read_to_me_help = El cuento pasa solo la página un momento después de leerla. Tocar sigue funcionando.
parent--editor-voice-summary_voice_on = voz sí
parent--editor-voice-summary_voice_off = voz no
parent--editor-voice-summary_calm = movimiento tranquilo
parent--editor-voice-summary_read_to_me = léemelo

parent--editor-flow-title = Las partes de la mañana
parent--editor-flow-help = Qué partes juega Jugar cada mañana, en este orden. Que la mañana sea corta.
parent--editor-flow-keep_one = Deja al menos una parte, para que Jugar tenga algo que jugar.
parent--editor-flow-summary = { $on } de { $parts }
parent--editor-flow-not_yet = (Todavía no está en esta versión.)

parent--editor-evening-title = Después de recoger
parent--editor-evening-help = La puerta de la luna del inicio siempre abre “¿Qué tal tu día?”. Si lo activas aquí, Jugar también lo hace, desde esta hora hasta la hora de dormir, en lugar de las partes de la mañana.
parent--editor-evening-summary_mornings = Jugar: solo por la mañana
parent--editor-evening-summary_from = Jugar pregunta desde las { $hour }
parent--editor-evening-play_asks = Jugar pregunta “¿Qué tal tu día?” después de recoger
parent--editor-evening-play_asks_help = Tu peque le cuenta al peluche qué tal fue cada parte del día. Lo ves en “Cómo ha estado”.
parent--editor-evening-from = Desde (a esa hora tu peque ya está en casa):
parent--editor-evening-hour = { $hour }:00

# La semana de la familia. $story: el título del cuento del día en casa.
parent--editor-week-title = La semana
parent--editor-week-help = Qué días son días { dia-de-sitio } y quién recoge cada día. Los demás son días en casa: sin juego de despedida.
parent--editor-week-home = En casa
parent--editor-week-daycare = { $place }
parent--editor-week-daycare_or_home = { $place } o en casa
parent--editor-week-picks_up = Recoge:
parent--editor-week-picks_up_heading = Recoge
parent--editor-week-one_grownup = Añade a otro adulto (Ajustes, Los adultos) para elegir quién recoge cada día.
parent--editor-week-how = Toca un día para cambiarlo. Un día en casa, Jugar ofrece «{ $story }» y ningún juego de despedida; las rachas solo cuentan los días { dia-de-sitio }, así que un fin de semana nunca las rompe.
parent--editor-week-summary = { $count ->
    [0] ningún día { dia-de-sitio }
    [one] 1 día { dia-de-sitio }
   *[other] { $count } días { dia-de-sitio }
}
parent--editor-week-summary_others = { $days }; algunos días recoge { $names }

# Empezar en un sitio nuevo. $story: el título de «Mi primer día»; $usual: el de «Un día en la guardería».
parent--editor-new_place-title = Sitio nuevo
parent--editor-new_place-help = ¿Empezáis en un sitio nuevo? Los primeros días allí, Jugar cuenta «{ $story }».
parent--editor-new_place-heading = Empezamos { en-el-sitio }
parent--editor-new_place-explain = Los primeros días en un sitio nuevo (un sitio, una clase o una maestra nuevos), Jugar cuenta «{ $story }»: la visita, conocer a la maestra, un día más corto y la vuelta, como se prometió.
parent--editor-new_place-first_day = El primer día:
parent--editor-new_place-count = «{ $story }» durante estos días { dia-de-sitio }:
parent--editor-new_place-today = Hoy
parent--editor-new_place-day_today = hoy
parent--editor-new_place-day_tomorrow = mañana
parent--editor-new_place-day_yesterday = ayer
parent--editor-new_place-summary_off = Nada nuevo
parent--editor-new_place-summary_on = Desde { $day }
parent--editor-new_place-status_home_day = Hoy es un día en casa. Los primeros días { dia-de-sitio }, Jugar cuenta «{ $story }».
parent--editor-new_place-status_before = Antes del primer día: hoy Jugar cuenta «{ $story }».
parent--editor-new_place-status_day = Hoy es el día { $number } de { $count } { en-el-sitio }: hoy Jugar cuenta «{ $story }».
parent--editor-new_place-status_over = Ya pasaron los { $count } primeros días { dia-de-sitio }: Jugar vuelve a contar «{ $usual }».

## Aspecto: las filas de opciones de una persona

parent--looks-skin-title = Piel
parent--looks-hair_style-title = Pelo
parent--looks-hair_colour-title = Color del pelo
parent--looks-clothes-title = Ropa
parent--looks-beard-title = Barba
parent--looks-glasses-title = Gafas
parent--looks-headwear-title = Pañuelo
parent--looks-older-title = Edad
parent--looks-older-no = Joven
parent--looks-older-yes = Mayor
parent--looks-wheelchair-title = Se mueve
parent--looks-wheelchair-no = Andando
parent--looks-wheelchair-yes = En silla de ruedas

## Niños: varios niños en este ordenador

parent--children-title = Niños
parent--children-help = Cada peque tiene su peluche, su día, sus pegatinas y sus emociones.
parent--children-new_name = Nombre del nuevo peque
parent--children-add_label = Añadir un hermano o una hermana:
parent--children-add = Añadir
parent--children-save = Guardar
parent--children-cancel = Cancelar
parent--children-set_up_now = Configurar a { $name } ahora
parent--children-play_as = Jugar como { $name }
parent--children-rename = Renombrar
parent--children-delete = Borrar
parent--children-playing_now = jugando ahora
parent--children-type_first = Escribe primero el nombre del nuevo peque.
parent--children-too_many = Dropoff Buddy guarda hasta { $count } peques. Borra uno para añadir otro.
parent--children-added = Añadido: { $name }. Configura a { $name } ahora, o luego con “Jugar como { $name }”.
parent--children-empty_name = El nombre no puede quedar vacío. Escribe uno, o pulsa Cancelar.
parent--children-renamed = Ahora se llama { $name }.
parent--children-only_child = { $name } es el único peque aquí, así que no hay a quién cambiar. Añade antes otro peque.
parent--children-delete_title = ¿Borrar el perfil de { $name }?
parent--children-delete_text = El peluche, el día, las pegatinas, las emociones, las fotos y las grabaciones de { $name } se quitarán de este ordenador.
parent--children-will_play = A partir de ahora juega { $name }.
parent--children-delete_yes = Borrar…
parent--children-keep = No, déjalo
parent--children-sure = ¿Seguro?
parent--children-sure_text = No se puede deshacer. Las cosas de { $name } desaparecerán para siempre.
parent--children-sure_yes = Sí, borrar para siempre
parent--children-deleted = Se ha borrado el perfil de { $name }.
parent--children-not_deleted = Ahora mismo no se ha podido borrar el perfil de { $name }. No se ha quitado nada.

## Personas y aspecto

parent--people-role_child = peque
parent--people-role_teacher = maestra o maestro
parent--people-role_grownup = adulto
parent--people-dropoff = Le lleva por la mañana
parent--people-pickup = Le recoge
parent--people-help = Toca una opción: se guarda al momento y se usa en el cuento.

## Fotos de la familia y del peluche

parent--photo-family_tab = Foto de familia
parent--photo-toy_tab = Foto del peluche de verdad
parent--photo-browse = Elegir de Imágenes
parent--photo-centre = Centrar
parent--photo-remove = Quitar
parent--photo-centred = Centrada. Arrastra la foto para moverla.
parent--photo-removed_family = Se ha quitado la foto de familia. El cuento enseña a tu familia dibujada.
parent--photo-removed_toy = Se ha quitado la foto del peluche.
parent--photo-drag = Arrastra la foto para elegir qué se ve en el marco.
parent--photo-none_family = Todavía no hay foto: el cuento enseña a tu familia dibujada así.
parent--photo-child_sees = Lo que ve tu peque
parent--photo-none_toy = Todavía no hay foto del peluche
parent--photo-toy_hint = Tu peque ve al peluche del juego con esta foto en las manos.
parent--photo-help_family = Arrastra un archivo de foto a esta ventana, o toca “Elegir de Imágenes”. PNG, JPEG, BMP, GIF o WebP.
parent--photo-help_toy = Una foto del peluche de verdad de tu peque, que el peluche del juego lleva como un dibujito. Arrastra un archivo de foto a esta ventana, o toca “Elegir de Imágenes”.

parent--photo_browser-title_family = Foto de familia
parent--photo_browser-title_toy = Foto del peluche
parent--photo_browser-up = Subir una carpeta
parent--photo_browser-place_pictures = Imágenes
parent--photo_browser-place_home = Inicio
parent--photo_browser-place_desktop = Escritorio
parent--photo_browser-place_downloads = Descargas
parent--photo_browser-previous = Página anterior
parent--photo_browser-next = Página siguiente
parent--photo_browser-tap_family = Toca la foto de familia  ·  { $folder }
parent--photo_browser-tap_toy = Toca la foto del peluche de verdad  ·  { $folder }
parent--photo_browser-page = Página { $page } de { $pages }
parent--photo_browser-empty = Aquí no hay imágenes ni carpetas. Prueba en Imágenes, Inicio o Descargas.
parent--photo_browser-cannot_look = Dropoff Buddy no puede mirar dentro de esta carpeta. Elige otra.
parent--photo_browser-cannot_open = no se abre
parent--photo_browser-frame_it = Arrástrala para encuadrarla, o toca Centrar.

## Consejos

parent--tips-title = Consejos para la despedida
parent--tips-previous = Anterior
parent--tips-next = Siguiente
parent--tips-count = Consejo { $number } de { $count }
parent--tips-source = Fuente: { $source }, “{ $publication }”
parent--tips-broken = Los consejos no se pueden mostrar porque su archivo tiene un error. Todo lo demás funciona como siempre. (Para quien cuida del juego: { $problem })

## Tu voz, el cuento con tu voz

parent--voice-title = Tu voz
parent--story_voice-title = Lee el cuento con tu voz
parent--story_voice-changed = Las palabras de esta frase han cambiado desde que la grabaste. Grábala otra vez.
parent--story_voice-whole_story = Ya está todo el cuento con tu voz. { $child } te oirá leérselo.
parent--story_voice-last_page = Era la última página. { $done } de { $total } frases tienen tu voz; las demás las dice la voz del ordenador.
parent--story_voice-previous = Anterior
parent--story_voice-next = Siguiente
parent--story_voice-redo = { $count ->
    [one] 1 frase para grabar otra vez: enséñamela
   *[other] { $count } frases para grabar otra vez: enséñamelas
}
parent--story_voice-progress = { $done } de { $total } frases del cuento con tu voz
parent--story_voice-page = { $page } del cuento
parent--story_voice-page_in = { $page } de «{ $story }»
parent--story_voice-no_story = No se ha podido abrir el cuento, así que no hay nada que leer.

## Cuentos: la estantería y cómo se ve cada cuento
# $story: el título de un cuento; $name: quién recoge hoy.

parent--stories-title = Cuentos
parent--stories-help = Quita un cuento de la estantería, o míralo y apaga una frase que no sea verdad para vuestra familia.
parent--stories-on = En la estantería
parent--stories-hidden = Oculto
parent--stories-preview = Ver
parent--stories-more = Más cuentos
parent--stories-first = Volver al principio
parent--stories-keep_one = Deja al menos un cuento en la estantería, para que la puerta de los cuentos tenga algo que abrir.
parent--stories-info = { $pages ->
    [one] 1 página
   *[other] { $pages } páginas
} · { $state }
parent--stories-state_on = en la estantería
parent--stories-state_hidden = oculto: ni en la estantería ni en Jugar
parent--stories-why_home = Hoy es un día en casa
parent--stories-why_new_day = Hoy es el día { $number } en el sitio nuevo
parent--stories-why_new_soon = Pronto llega el primer día en el sitio nuevo
parent--stories-why_pickup = Hoy recoge { $name }
parent--stories-why_daycare = Hoy es un día { dia-de-sitio }
parent--stories-tells = { $why }: Jugar cuenta «{ $story }».
parent--stories-tells_none = { $why }: hoy Jugar no cuenta ningún cuento (el cuento de hoy está oculto).

parent--preview-title = «{ $story }»
parent--preview-no_story = Vista previa
parent--preview-help = Tal como lo verá tu peque. Apaga una frase que no sea verdad para vuestra familia.
parent--preview-kind_title = Título
parent--preview-kind_said = Se dice
parent--preview-kind_off = No se dice
parent--preview-page = Página { $page } de { $pages }
parent--preview-previous = Anterior
parent--preview-next = Siguiente
parent--preview-no_pages = Este cuento no tiene páginas que mostrar.
parent--preview-switched_on = Encendida: tu peque vuelve a oír esta frase.
parent--preview-switched_off = Apagada: el cuento se salta esta frase, en la pantalla, en papel y con tu voz.
parent--preview-only_line = Es la única frase de esta página, así que se queda: una página nunca está vacía.
parent--preview-last_line = Una frase tiene que quedarse en esta página, para que no esté vacía. Enciende primero la otra.
parent--preview-card_line = Esta frase es la de la tarjeta del día, como la dice Mi día: cambia el día en Ajustes, El día.

## Imprimir

parent--print-title = Imprimir para la nevera y para la maestra
parent--print_about-title = Sobre mí: qué dice

## Tu voz: grabar las frases

parent--voice-read_story = Lee el cuento con tu voz ({ $done } de { $total })
parent--voice-up = Arriba
parent--voice-down = Abajo
parent--voice-record = Grabar
parent--voice-stop = Parar
parent--voice-play = Escuchar
parent--voice-delete = Borrar
parent--voice-import = Importar un archivo
parent--voice-cancel = Cancelar
parent--voice-folder_home = Inicio
parent--voice-folder_music = Música
parent--voice-folder_documents = Documentos
parent--voice-folder_downloads = Descargas
parent--voice-status_yours = Tu voz
parent--voice-status_redo = Grabar otra vez
parent--voice-status_computer = Voz del ordenador
parent--voice-no_microphone = No se ha podido abrir el micrófono. Puedes importar una grabación.
parent--voice-preview_not_saved = Esto es una vista previa: no se guarda nada.
parent--voice-preview_not_deleted = Esto es una vista previa: no se borra nada.
parent--voice-saved = Guardada
parent--voice-added = Añadido “{ $file }”
parent--voice-kept = { $done } ({ NUMBER($seconds, minimumFractionDigits: 1) } segundos). Pulsa Escuchar para oírla.
parent--voice-old_recording = Esta es tu grabación antigua. Tu peque oye la voz del ordenador hasta que la grabes otra vez.
parent--voice-computer_voice_now = Esta es la voz del ordenador. Graba la frase para usar tu propia voz.
parent--voice-no_sound = Ahora mismo este ordenador no tiene salida de sonido, así que no se puede escuchar nada.
parent--voice-deleted = Borrada. La voz del ordenador dirá esta frase.
parent--voice-not_deleted = No se ha podido borrar la grabación. ¿La carpeta de datos es de solo lectura?
parent--voice-longest = ({ $seconds } segundos es lo más que puede durar una frase.)
parent--voice-hears_yours = { $child } oye tu grabación.
parent--voice-hears_yours_for = { $child } oye tu grabación ({ NUMBER($seconds, minimumFractionDigits: 1) } s).
parent--voice-words_changed = Las palabras han cambiado desde que grabaste esta frase, así que la dice la voz del ordenador. Grábala otra vez.
parent--voice-hears_computer = { $child } oye la voz del ordenador. Grábala para usar tu propia voz.
parent--voice-recording = Grabando… { $seconds } de { $most } segundos
parent--voice-playing = Sonando…
parent--voice-how_to = Pulsa Grabar y di la frase como la dices en casa. Hasta { $seconds } segundos.
parent--voice-drop_file = También puedes soltar un archivo de sonido (WAV, OGG, MP3) en esta ventana.
parent--voice-choose_file = Elige un archivo de sonido para “{ $title }”
parent--voice-no_folders = No hay carpeta de Inicio, Música, Documentos ni Descargas. Suelta un archivo en esta ventana.
parent--voice-no_files = No hay archivos WAV, OGG ni MP3 en { $folder }. Prueba otra carpeta.

## Cómo ha estado

parent--history-title = Cómo ha estado { $child }
parent--history-export = Guardar como hoja de cálculo
parent--history-export_help = "Guardar como hoja de cálculo" guarda cada vez que contó cómo se sentía, cada despedida y cada "¿Qué tal tu día?" hasta hoy en tres archivos CSV en tu carpeta Documentos. Se abren con cualquier programa de hojas de cálculo y se quedan en este ordenador.
parent--history-view_days = Por la tarde
parent--history-view_mornings = Mañanas
parent--history-read_tip = Leer el consejo
parent--history-last_days = Últimos { $days } días
parent--history-saved = Se han guardado tres hojas de cálculo en { $folder }:
    { $names }
parent--history-advice_full = Libera algo de espacio y pulsa Guardar otra vez.
parent--history-advice_read_only = Haz que el disco se pueda escribir y pulsa Guardar otra vez.
parent--history-advice_check = Comprueba que { $folder } existe y se puede escribir, y pulsa Guardar otra vez.
parent--history-not_saved = No se ha podido guardar la hoja de cálculo: { $reason }. { $advice } No ha cambiado nada en el juego.
parent--history-check_ins = { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
} en { $on } de { $days } días
parent--history-no_faces = Cuando { $child } cuente cómo se siente, aparecerá aquí una carita ese día.
parent--history-today = Hoy
parent--history-empty_legend = vacío = sin respuesta
parent--history-what_was_tricky = Qué ha sido difícil
parent--history-goodbye_practice = Práctica de la despedida
parent--history-rituals = { $count ->
    [one] 1 despedida hecha
   *[other] { $count } despedidas hechas
} en los últimos { $days } días
parent--history-streak_none = Racha: empieza con la primera despedida
parent--history-streak = Racha: { $count ->
    [0] empieza otra con la próxima despedida
    [one] 1 día { dia-de-sitio } seguido
   *[other] { $count } días { dia-de-sitio } seguidos
} (la mejor: { $best })
parent--history-evenings = “¿Qué tal tu día?” { $count ->
    [one] 1 tarde
   *[other] { $count } tardes
} de { $days }
parent--history-no_evening_parts = Cuando { $child } juegue a “¿Qué tal tu día?” por la tarde (la puerta de la luna del inicio), cada parte del día saldrá aquí con cómo fue.
parent--history-how_often = { $how } { history-of-days }
parent--history-best_parts = Lo mejor del día
parent--history-none_picked = Todavía no ha elegido nada.
parent--history-best_days = { $part }: { $count ->
    [one] 1 día
   *[other] { $count } días
}
parent--history-nothing_hard = Nada fue triste, de miedo ni de enfado. Los consejos para la despedida están en el inicio.
parent--history-to_try = Para probar con { $part }

# Las frases que resumen unos días. $days: cuántos (14 o 60).
history-when = { $days ->
    [7] esta semana
    [14] estas dos semanas
   *[other] en los últimos { $days } días
}
history-times = { $count ->
    [1] una vez
    [2] dos veces
   *[other] { $count } veces
}
history-of-days = { $count } de { $days ->
    [one] { $days } día
   *[other] { $days } días
}
parent--history-no_check_ins = Todavía no ha contado cómo se siente { history-when }.
parent--history-mostly = Sobre todo { $feeling } { history-when }
parent--history-mix = Una mezcla de { $feeling } y { $second } { history-when }
parent--history-tricky = { $mood }; “{ $thing }” fue difícil { history-times }.
parent--history-tricky_unsure = { $mood }; cuando algo fue difícil, costó decir qué.
parent--history-tricky_none = { $mood }; no dijo nada difícil.
parent--history-not_sure = no lo sé
parent--history-skipped = saltado
parent--history-or = { $rest } o { $last }
parent--history-part = { $part }: { $how } { history-of-days }
parent--history-no_evenings = Todavía no hay ningún “¿Qué tal tu día?” { history-when }.
parent--history-hardest = Lo más difícil parece { $part }: { $how } { history-of-days }.
parent--history-none_hard = Ninguna parte del día fue triste, de miedo ni de enfado { history-when }.
parent--history-best = { $first } Lo mejor, casi siempre: { $part }.
parent--history-felt = { $part }: { $how } { history-of-days }.
parent--history-named = { $thing }: difícil { history-times } por la mañana.

## Las columnas y las palabras de las hojas de cálculo

parent--export-date = fecha
parent--export-time = hora
parent--export-feeling = emoción
parent--export-tricky = difícil
parent--export-ritual = despedida
parent--export-sticker = pegatina
parent--export-mode = modo
parent--export-part = parte del día
parent--export-how = qué tal fue
parent--export-best = lo mejor
parent--export-yes = sí
parent--export-no = no
parent--export-best_part = (lo mejor)
parent--export-not_sure = no lo sé
parent--print-paper = Papel:
parent--print-paper_a4 = A4
parent--print-paper_letter = Carta (EE. UU.)
parent--print-print = Imprimir
parent--print-edit = Editar
parent--print-storybook_title = El cuento
parent--print-storybook_text = Un cuento de la estantería de { $child }, página a página, con vuestros nombres, vuestra despedida y tu promesa.
parent--print-cards_title = Tarjetas con dibujos
parent--print-cards_text = El día de { $child } en tarjetas para recortar (de unos 6 × 8 cm), la tarjeta de la vuelta con tu foto y la promesa, y los pasos de vuestra despedida.
parent--print-about_me_title = Sobre mí, para la maestra
parent--print-about_me_text = Una página: { $child }, { $buddy }, vuestra despedida en dibujos, la promesa, qué le ayuda y qué le ha costado.
parent--print-help = Imprimir guarda un PDF en tu carpeta Documentos y lo abre, para que lo imprimas o se lo mandes a la maestra. Todo se queda en este ordenador.
# Cómo se nombra cada cosa para imprimir dentro de las frases de abajo (con su artículo).
parent--print-name_storybook = el cuento
parent--print-name_cards = las tarjetas con dibujos
parent--print-name_about_me = la página “Sobre mí”
parent--print-making = Preparando { $name }… tarda unos segundos.
parent--print-not_made = No se ha podido hacer { $name }: { $problem } No ha cambiado nada más.
parent--print-saved = Guardado: { $name } ({ $pages ->
    [one] 1 página
   *[other] { $pages } páginas
}, { $paper }) en { $folder }: { $file }.
parent--print-opening = Se está abriendo en tu visor de PDF; imprímelo desde allí.
parent--print-no_viewer = Aquí no se ha podido abrir ningún visor de PDF: abre el archivo desde esa carpeta para imprimirlo.
parent--print-advice_full = Libera algo de espacio y pulsa Imprimir otra vez.
parent--print-advice_read_only = Haz que el disco se pueda escribir y pulsa Imprimir otra vez.
parent--print-advice_check = Comprueba que { $folder } existe y se puede escribir, y pulsa Imprimir otra vez.
parent--print-not_saved = No se ha podido guardar { $name }: { $reason }. { $advice } No ha cambiado nada en el juego.
# El título y el autor del propio PDF (los enseñan los visores de PDF).
parent--print-pdf_story = { $title }: el cuento de { $child }
parent--print-pdf_cards = Las tarjetas de { $child }
parent--print-pdf_about = Todo sobre { $child }
parent--print-pdf_author = La familia de { $child }

parent--print_about-help = Estas líneas se imprimen tal cual. Deja una línea vacía para no imprimirla.
parent--print_about-helps = Qué me ayuda
parent--print_about-tricky = Qué me ha costado últimamente
parent--print_about-suggest = Sugerir según sus respuestas
parent--print_about-empty = (vacía: no se imprime)

## Tus datos: copia de seguridad, restaurar, borrar

parent--data-title = Tus datos
parent--data-backup = Copia de seguridad de todo
parent--data-restore = Restaurar una copia
parent--data-delete_all = Borrar todos los datos
parent--data-note_backup = Un archivo .zip con los ajustes, el progreso, las fotos y las grabaciones de cada peque.
parent--data-note_restore = Elige una copia. Se comprueba entera antes de cambiar nada.
parent--data-note_delete = Quita de este ordenador el perfil de cada peque. Pregunta dos veces.
parent--data-folder_all = Todo lo que guarda Dropoff Buddy está en esta carpeta, solo en este ordenador:
parent--data-folder_child = La carpeta de { $child } (ajustes, pegatinas, emociones, fotos, grabaciones):
parent--data-folder_exports = Las copias y las hojas de cálculo se guardan en:
parent--data-nothing_sent = Nunca se envía nada a ningún sitio: sin cuentas, sin internet.
parent--data-kilobytes = { $size } KB
parent--data-megabytes = { NUMBER($size, minimumFractionDigits: 1) } MB
parent--data-newer = Copias más nuevas
parent--data-older = Copias más antiguas
parent--data-found = Copias encontradas en { $folders }. Elige una: primero se comprueba entera, y se te pregunta antes de cambiar nada. También puedes soltar un archivo de copia en esta ventana.
parent--data-none_found = No hay copias en { $folders }. Haz una con "Copia de seguridad de todo", o suelta un archivo de copia (un .zip de Dropoff Buddy) en esta ventana.
parent--data-backed_up = Copia hecha. Todo está en un archivo:
    { $path }
    Guarda una copia en un sitio seguro, como una memoria USB u otro ordenador.
parent--data-restore_title = ¿Restaurar esta copia?
parent--data-restore_yes = Restaurar esta copia
parent--data-restore_no = Dejar lo que hay
parent--data-restore_text = { $file }, hecha el { $made } con Dropoff Buddy { $version }. Ha pasado todas las comprobaciones y contiene:
    { $children }

    Todo lo que hay ahora en el juego se cambiará por ella.
parent--data-child_holds = { $name }: { $stickers ->
    [one] 1 pegatina
   *[other] { $stickers } pegatinas
}, { $checkins ->
    [one] 1 respuesta de emociones
   *[other] { $checkins } respuestas de emociones
}
parent--data-more = y { $count } más
parent--data-restored = Restaurado desde { $file }. Han vuelto: { $names }. { $child } ya puede jugar.
parent--data-preview_not_restored = Esto es una vista previa, así que no se ha restaurado nada.
parent--data-delete_title = ¿Borrar todos los datos de Dropoff Buddy?
parent--data-delete_text = Esto quita de este ordenador el perfil de cada peque: ajustes, pegatinas, emociones, fotos y grabaciones. Se te preguntará una vez más.

    Consejo: haz antes una "Copia de seguridad de todo" por si lo quieres recuperar.
parent--data-delete_continue = Sí, seguir
parent--data-keep = Conservar mis datos
parent--data-last_check = Última pregunta: esto borra para siempre
parent--data-delete_yes = Borrarlo todo
parent--data-nothing_saved = Todavía no hay ningún perfil guardado. Al borrar, se empieza de cero.
parent--data-child_goes = { $name }: { $stickers ->
    [one] 1 pegatina
   *[other] { $stickers } pegatinas
}, { $checkins ->
    [one] 1 respuesta de emociones
   *[other] { $checkins } respuestas de emociones
}{ $files ->
    [0] {""}
    [one] , 1 foto o grabación
   *[other] , { $files } fotos y grabaciones
}
parent--data-gone_text = Esto desaparecerá para siempre:
    { $children }

    Las copias y las hojas de cálculo que guardaste en Documentos se conservan, salvo que digas lo contrario a continuación. Quedará todo listo para empezar de cero, así que se podrá seguir jugando.
parent--data-preview_not_deleted = Esto es una vista previa, así que no se ha borrado nada.
parent--data-left_behind = Se ha borrado casi todo, pero algunos archivos no se han podido quitar ({ $files }). Cierra Dropoff Buddy y bórralos a mano de { $folder }. Todo está listo para empezar de cero, así que se puede seguir jugando.
parent--data-deleted = Se ha borrado todo: perfiles, fotos, grabaciones y las frases guardadas de la voz.{ $kept ->
    [0] {""}
    [one] { " " }Se ha conservado el archivo que guardaste en { $folder }.
   *[other] { " " }Se han conservado los { $kept } archivos que guardaste en { $folder }.
} Está listo para empezar de cero, así que se puede seguir jugando; puedes volver a configurarlo cuando quieras.
parent--data-files_title = ¿Borrar también los archivos que guardaste?
parent--data-saved_files = Los datos de Dropoff Buddy ya no están. Estos archivos que guardaste en { $folder } todavía tienen los nombres, las emociones o las fotos de tus peques:
    { $names }

    Consérvalos (por ejemplo, para restaurar más adelante), o bórralos también.
parent--data-files_yes = Borrar también estos
parent--data-files_no = Conservar estos archivos
parent--data-files_left = Se ha borrado todo en Dropoff Buddy, pero { $files } no se han podido quitar de { $folder }; bórralos allí a mano. Está todo listo para empezar de cero.
parent--data-problem_unreadable = Dropoff Buddy no ha podido leer { $file }. No ha cambiado nada.
parent--data-problem_not_a_backup = { $file } no es una copia de Dropoff Buddy. Las copias son archivos .zip hechos con "Copia de seguridad de todo". No ha cambiado nada.
parent--data-problem_damaged = { $file } está dañada y no se puede usar. Si tienes otra copia, prueba con esa. No ha cambiado nada.
parent--data-problem_too_big = { $file } es mucho más grande que cualquier copia de Dropoff Buddy, así que no se ha abierto. No ha cambiado nada.
parent--data-problem_unsafe_path = { $file } contiene archivos que Dropoff Buddy nunca escribe, así que se ha rechazado para proteger este ordenador. No ha cambiado nada.
parent--data-problem_no_manifest = { $file } es un archivo zip, pero no una copia de Dropoff Buddy. No ha cambiado nada.
parent--data-problem_bad_manifest = { $file } tiene dañada la lista de lo que contiene, así que no se puede usar. No ha cambiado nada.
parent--data-problem_newer_version = { $file } se hizo con un Dropoff Buddy más nuevo. Actualiza el juego y vuelve a probar. No ha cambiado nada.
parent--data-problem_checksum = Una parte de { $file } no es como cuando se hizo la copia, así que no es de fiar. No ha cambiado nada.
parent--data-problem_invalid_data = { $file } contiene datos que este Dropoff Buddy no sabe leer. No ha cambiado nada.
parent--data-problem_empty = Todavía no hay nada que copiar: no se ha guardado ningún perfil. Juega una vez o termina la configuración, y vuelve a probar.
parent--data-problem_write_failed = No se ha podido guardar la copia en { $file }. Tus datos del juego están a salvo, sin cambios.
parent--data-problem_restore_failed = No se ha podido restaurar la copia { $file }. Tus datos del juego están a salvo, sin cambios.
