# Español: los pasos de la despedida. label: debajo del dibujo; words: dentro de "Lo has hecho:
# un abrazo, un beso y choca esos cinco"; prompt: jugando con el adulto; buddy_prompt: jugando con
# el peluche; praise: al terminar; together: para hacerlo de verdad los dos.

ritual_steps--hug-label = Abrazo
ritual_steps--hug-words = un abrazo
ritual_steps--hug-prompt = Dale un abrazo grande a { $grownup }. ¡Pulsa y mantén!
ritual_steps--hug-buddy_prompt = Dale un abrazo grande a { $buddy }. ¡Pulsa y mantén!
ritual_steps--hug-praise = ¡Qué abrazo tan grande y calentito!
ritual_steps--hug-together = Daos un abrazo muy grande.

ritual_steps--kiss-label = Beso
ritual_steps--kiss-words = un beso
ritual_steps--kiss-prompt = Dale un beso a { $grownup } en la mejilla. ¡Toca la mejilla!
ritual_steps--kiss-buddy_prompt = Dale un beso a { $buddy } en la mejilla. ¡Toca la mejilla!
ritual_steps--kiss-praise = ¡Qué beso tan bonito!
ritual_steps--kiss-together = Un beso en la mejilla.

ritual_steps--high_five-label = Choca esos cinco
ritual_steps--high_five-words = choca esos cinco
ritual_steps--high_five-prompt = ¡Choca esos cinco! ¡Toca la mano de { $grownup }!
ritual_steps--high_five-buddy_prompt = ¡Choca esos cinco! ¡Toca la patita de { $buddy }!
ritual_steps--high_five-praise = ¡Muy bien chocado!
ritual_steps--high_five-together = ¡Chocad esos cinco!

ritual_steps--fist_bump-label = Puñito
ritual_steps--fist_bump-words = un puñito
ritual_steps--fist_bump-prompt = ¡Puñito! ¡Toca el puño de { $grownup }!
ritual_steps--fist_bump-buddy_prompt = ¡Puñito! ¡Toca la patita de { $buddy }!
ritual_steps--fist_bump-praise = ¡Pum! ¡Superpuñito!
ritual_steps--fist_bump-together = Chocad los puños.

ritual_steps--wave-label = Adiós con la mano
ritual_steps--wave-words = adiós con la mano
ritual_steps--wave-prompt = Di adiós a { $grownup } con la mano. ¡Toca para saludar!
ritual_steps--wave-buddy_prompt = Di adiós a { $buddy } con la mano. ¡Toca para saludar!
ritual_steps--wave-praise = ¡Qué adiós tan bonito!
ritual_steps--wave-together = Decid adiós con la mano.

ritual_steps--blow_kiss-label = Beso volado
ritual_steps--blow_kiss-words = un beso volado
ritual_steps--blow_kiss-prompt = Mándale un beso volado a { $grownup }. ¡Toca para soplarlo!
ritual_steps--blow_kiss-buddy_prompt = Mándale un beso volado a { $buddy }. ¡Toca para soplarlo!
ritual_steps--blow_kiss-praise = ¡Fiuuu! ¡Tu beso ha volado hasta allí!
ritual_steps--blow_kiss-together = Mandaos un beso volado.

ritual_steps--kissing_hand-label = Beso en la mano
ritual_steps--kissing_hand-words = un beso en la mano
ritual_steps--kissing_hand-prompt = { $grownup } te pone un beso en la mano para guardarlo. ¡Pulsa y mantén tu mano!
ritual_steps--kissing_hand-buddy_prompt = Pon un beso en la patita de { $buddy } para guardarlo. ¡Pulsa y mantén!
ritual_steps--kissing_hand-praise = Ahora el beso está en tu mano todo el día.
ritual_steps--kissing_hand-together = Poned un beso en la palma de la mano, para guardarlo.

ritual_steps--nose_rub-label = Beso de esquimal
ritual_steps--nose_rub-words = un beso de esquimal
ritual_steps--nose_rub-prompt = ¡Beso de esquimal! ¡Toca las narices juntas!
ritual_steps--nose_rub-buddy_prompt = ¡Beso de esquimal con { $buddy }! ¡Toca las narices juntas!
ritual_steps--nose_rub-praise = ¡Nariz con nariz! ¡Qué beso de esquimal tan tierno!
ritual_steps--nose_rub-together = Frotad las narices despacito.

ritual_steps--secret_handshake-label = Saludo secreto
ritual_steps--secret_handshake-words = el saludo secreto
ritual_steps--secret_handshake-prompt = ¡Nuestro saludo secreto! Toca cada mano cuando se encienda.
ritual_steps--secret_handshake-buddy_prompt = ¡Tu saludo secreto con { $buddy }! Toca cada patita cuando se encienda.
ritual_steps--secret_handshake-praise = ¡Arriba, abajo, pum! ¡Te sabes nuestro saludo secreto!
ritual_steps--secret_handshake-together = Haced vuestro saludo secreto.

ritual_steps--thumbs_up-label = Pulgar arriba
ritual_steps--thumbs_up-words = el pulgar arriba
ritual_steps--thumbs_up-prompt = ¡Pulgar arriba! ¡Toca el pulgar!
ritual_steps--thumbs_up-buddy_prompt = ¡Pulgar arriba para { $buddy }! ¡Toca el pulgar!
ritual_steps--thumbs_up-praise = ¡Pulgar arriba! ¡Tú puedes!
ritual_steps--thumbs_up-together = Poned el pulgar bien arriba.
