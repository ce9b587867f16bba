# Español: cómo se dicen las pegatinas y los premios dentro de una frase ("Aquí tienes una
# pegatina: una estrella brillante").

rewards--sticker-star-words = una estrella brillante
rewards--sticker-rainbow-words = un arcoíris
rewards--sticker-sun-words = un sol sonriente
rewards--sticker-heart-words = un corazón grande
rewards--sticker-rocket-words = un cohete
rewards--sticker-flower-words = una flor
rewards--sticker-paw-words = una huella de peluche
rewards--sticker-whale-words = una ballena feliz
rewards--sticker-moon-words = una luna dormilona
rewards--sticker-butterfly-words = una mariposa
rewards--sticker-balloon-words = un globo
rewards--sticker-ladybug-words = una mariquita

rewards--wear-star_badge-words = una chapa de estrella
rewards--wear-crown-words = una corona
rewards--wear-heart_patch-words = un parche de corazón
rewards--wear-bowtie-words = una pajarita
rewards--wear-glasses-words = unas gafas
rewards--wear-bandana-words = un pañuelo
rewards--wear-hat-words = un gorro de pompón
rewards--wear-bow-words = un lazo
rewards--wear-scarf-words = una bufanda
