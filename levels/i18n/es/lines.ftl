# Español: lo que dicen las pantallas al niño o a la niña (levels/lines.toml). Frases cortas,
# para el oído de un niño de tres años; sin masculino ni femenino para el niño o la niña.

lines--home-greeting = ¡Buenos días, { $child }! Hoy es día { dia-de-sitio }. ¿Jugamos con { $buddy }?
    .title = Buenos días
lines--home-greeting_home_day = ¡Buenos días, { $child }! Hoy es un día en casa. ¿Jugamos con { $buddy }?
    .title = Buenos días, en un día en casa
lines--home-buddy_tap = ¡Ji, ji! ¡Hola, { $child }! Soy { $buddy }.
lines--home-play = ¡A jugar!
lines--home-stickers = Mi álbum de pegatinas.

lines--flow-first = ¡Vamos a prepararnos para ir { al-sitio }, { $child }!
lines--flow-first_home_day = Hoy no vas { al-sitio }, { $child }. ¡Hoy es un día en casa!
lines--flow-finale = ¡Ya está todo listo para ir { al-sitio }, { $child }! { $grownup } vuelve { justo-despues }.
lines--flow-finale_other = ¡Ya está todo listo para ir { al-sitio }, { $child }! { $pickup_grownup } viene a buscarte { justo-despues }.
lines--flow-finale_home_day = ¡Qué día en casa tan bonito, { $child }! Ahora, a jugar en casa.

lines--feelings-question = ¿Cómo te sientes hoy para ir { al-sitio }?
lines--feelings-question_home_day = ¿Cómo te sientes hoy, { $child }?
lines--feelings-ask_again = ¿Y ahora, cómo te sientes?
lines--feelings-tricky_question = ¿Hay algo difícil { en-el-sitio }? Toca un dibujo, o toca Ya está.
lines--feelings-breathe_invite = Vamos a respirar con { $buddy }.
lines--feelings-thanks = Gracias por contármelo, { $child }.
lines--feelings-nudge_ask = Toca la cara que es como te sientes. Cualquier cara está bien.
lines--feelings-nudge_tricky = Puedes tocar un dibujo, o tocar Ya está.

lines--my_day-intro = Este es tu día { en-el-sitio }, { $child }. Toca un dibujo para escucharlo.
lines--my_day-promise = { $grownup } vuelve { justo-despues }.
lines--my_day-promise_other = { $pickup_grownup } viene a buscarte { justo-despues }.
lines--my_day-go_on_hint = ¡Ese es todo tu día! Pulsa otra vez para seguir.
lines--my_day-go_home_hint = ¡Ese es todo tu día! Pulsa otra vez para ir al inicio.

lines--story-default_hint = Cuando quieras, toca la flecha grande para pasar la página.
lines--story-hotspot_hint = Toca un dibujo para ver qué pasa. O toca la flecha grande para pasar la página.

lines--shelf-intro = Aquí están tus cuentos, { $child }. Toca un dibujo para oír qué cuento es.
lines--shelf-again = Tócalo otra vez para leerlo.
lines--shelf-hint = Toca un dibujo para oír su nombre. Tócalo otra vez, y lo leemos.

lines--ritual-choose = ¡Vamos a practicar cómo decir adiós! Elige un juego.
lines--ritual-choose_hint = Toca un dibujo para elegir un juego.
lines--ritual-for_real = ¡Ahora, de verdad!
lines--ritual-helped = Lo hacemos juntos. ¡{ $step }! ¡Ya está!
lines--ritual-promise = Vuelvo { justo-despues }.
    .title = La promesa
lines--ritual-promise_other = { $pickup_grownup } viene a buscarte { justo-despues }.
    .title = La promesa, cuando recoge otra persona
lines--ritual-love_you = Te quiero. Nos vemos { justo-despues }.
    .title = Te quiero
lines--ritual-love_you_other = Te quiero. ¡Que pases un día precioso!
    .title = Te quiero, cuando recoge otra persona
lines--ritual-together_promise = Ahora { $grownup } se despide con una sonrisa grande: vuelvo { justo-despues }. ¡Luego, adiós con la mano, y a jugar!
lines--ritual-together_promise_other = Ahora { $grownup } se despide con una sonrisa grande: { $pickup_grownup } viene a buscarte { justo-despues }. ¡Luego, adiós con la mano, y a jugar!
lines--ritual-buddy_goodbye = ¡Adiós, { $buddy }! Que pases un día bonito en la guardería de peluches. ¡Vuelvo { justo-despues }!
lines--ritual-buddy_welcome = ¡Hola, { $buddy }! Qué bien que has venido a la guardería de peluches, dice la maestra. ¡Ven a jugar!
lines--ritual-buddy_later = { $buddy } juega, y luego llega { $pickup_after }.
lines--ritual-buddy_back = ¡Aquí estoy! He vuelto { justo-despues }, como te dije.
lines--ritual-teacher = ¡Buenos días, { $child }! Qué alegría que estés aquí. ¡Ven a jugar!
lines--ritual-praise = ¡Lo has hecho: { $ritual }! ¡Qué despedida tan valiente y feliz!
lines--ritual-praise_together = ¡Lo habéis hecho juntos, de verdad: { $ritual }! Esa es vuestra despedida.
lines--ritual-praise_buddy = ¡Lo has hecho con { $buddy }: { $ritual }! Y has vuelto, como los mayores.
lines--ritual-sticker = Aquí tienes una pegatina para tu álbum: ¡{ $sticker }!
lines--ritual-unlock = { $count ->
    [one] ¡Ya tienes una pegatina!
   *[other] ¡Ya tienes { $count } pegatinas!
} ¡{ $buddy } se lleva { $prize } para ponerse!
lines--ritual-hint_hold = Pulsa donde quieras y no sueltes mientras se llena el corazón.
lines--ritual-hint_tap = Toca la pantalla donde quieras. ¡Vale cualquier toque!
lines--ritual-hint_sequence = Toca donde quieras, una vez por cada mano que se enciende.
lines--ritual-hint_together = Cuando lo hayáis hecho juntos, toca donde quieras para seguir.

lines--breathe-intro = Está bien sentirte como te sientes. Vamos a respirar despacito con { $buddy }.
lines--breathe-breathe_in = Coge aire... huele la flor.
lines--breathe-breathe_out = Y suelta el aire... despacito, como si soplaras una vela.
lines--breathe-end = Muy bien. Has respirado despacito con { $buddy }. Puedes hacerlo cuando quieras.

lines--stickers-empty = ¡Tu álbum de pegatinas está listo! Juega al juego de despedida para conseguir tu primera pegatina.
lines--stickers-count = { $count ->
    [one] ¡Tienes una pegatina!
   *[other] ¡Tienes { $count } pegatinas!
}
lines--stickers-in_a_row = ¡Son { $days } días { dia-de-sitio } seguidos! ¡Muy bien!
lines--stickers-unlock = ¡Bien! ¡{ $buddy } ha ganado { $prize } para ponerse!
lines--stickers-page = Página { $page }.
lines--stickers-wearing = ¡{ $buddy } lleva { $prize }!
lines--stickers-more = { $more ->
    [one] ¡Una pegatina más para el próximo premio!
   *[other] ¡{ $more } pegatinas más para el próximo premio!
}
lines--stickers-streak_days = ¡{ $days } días { dia-de-sitio } seguidos! Cada sol es un día que has practicado.
lines--stickers-streak_today = ¡Una pegatina hoy! Cada sol es un día que has practicado.
lines--stickers-streak_none = Cada sol es un día que has practicado tu despedida.
lines--stickers-name = ¡{ $sticker }!
lines--stickers-name_for = ¡{ $sticker }! Es tu premio por { $steps }.

lines--buddy_maker-intro = Vamos a dejar a { $buddy } igualito que tu peluche de verdad. ¡Toca un dibujo!
lines--buddy_maker-done = ¡{ $buddy } ha quedado genial! Gracias por hacerme.
lines--buddy_maker-buddy_tap = ¡Ji, ji! ¡Soy { $buddy }!
lines--buddy_maker-locked = ¡Puedes ganar { $prize } con pegatinas! Juega al juego de despedida para conseguirlas.
lines--buddy_maker-name = ¡{ $buddy }! Hola, soy { $buddy }.

lines--buddy_maker-tab-animal = ¿Qué animal es { $buddy }?
lines--buddy_maker-tab-colour = ¿De qué color es { $buddy }?
lines--buddy_maker-tab-wear = ¿Qué se pone { $buddy }? Toca otra vez para quitárselo.
lines--buddy_maker-tab-pattern = ¿Lunares, rayas o parches?
lines--buddy_maker-tab-name = ¿Cómo me llamo?

lines--buddy_maker-animal-bear = ¡Un osito de peluche!
lines--buddy_maker-animal-bunny = ¡Un conejito!
lines--buddy_maker-animal-puppy = ¡Un perrito!
lines--buddy_maker-animal-kitty = ¡Un gatito!
lines--buddy_maker-animal-dino = ¡Un dinosaurio!
lines--buddy_maker-animal-elephant = ¡Un elefante!

lines--buddy_maker-colour-honey = ¡Marrón miel!
lines--buddy_maker-colour-chocolate = ¡Marrón chocolate!
lines--buddy_maker-colour-caramel = ¡Color caramelo!
lines--buddy_maker-colour-cream = ¡Color crema!
lines--buddy_maker-colour-white = ¡Blanco como la nieve!
lines--buddy_maker-colour-grey = ¡Gris suave!
lines--buddy_maker-colour-charcoal = ¡Gris oscuro!
lines--buddy_maker-colour-pink = ¡Rosa!
lines--buddy_maker-colour-sky = ¡Azul cielo!
lines--buddy_maker-colour-mint = ¡Verde menta!
lines--buddy_maker-colour-lilac = ¡Lila!
lines--buddy_maker-colour-sunshine = ¡Amarillo sol!

lines--buddy_maker-wear_on-bow = ¡Un lazo bonito!
lines--buddy_maker-wear_on-scarf = ¡Una bufanda calentita!
lines--buddy_maker-wear_on-hat = ¡Un gorro calentito!
lines--buddy_maker-wear_on-glasses = ¡Unas gafas!
lines--buddy_maker-wear_on-bandana = ¡Un pañuelo!
lines--buddy_maker-wear_on-star_badge = ¡Una estrella que brilla!
lines--buddy_maker-wear_on-heart_patch = ¡Un parche de corazón!
lines--buddy_maker-wear_on-crown = ¡Una corona!
lines--buddy_maker-wear_on-bowtie = ¡Una pajarita!

lines--buddy_maker-wear_off-bow = Sin lazo.
lines--buddy_maker-wear_off-scarf = Sin bufanda.
lines--buddy_maker-wear_off-hat = Sin gorro.
lines--buddy_maker-wear_off-glasses = Sin gafas.
lines--buddy_maker-wear_off-bandana = Sin pañuelo.
lines--buddy_maker-wear_off-star_badge = Sin estrella.
lines--buddy_maker-wear_off-heart_patch = Sin corazón.
lines--buddy_maker-wear_off-crown = Sin corona.
lines--buddy_maker-wear_off-bowtie = Sin pajarita.

lines--buddy_maker-pattern-none = ¡Liso y suave!
lines--buddy_maker-pattern-spots = ¡Lunares!
lines--buddy_maker-pattern-stripes = ¡Rayas!
lines--buddy_maker-pattern-patches = ¡Parches, como un juguete muy querido!
lines--buddy_maker-pattern-belly = ¡Una barriguita suave!
