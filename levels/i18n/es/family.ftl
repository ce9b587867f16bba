# Español: las palabras de la familia que usan las frases, y ayudantes con los artículos.
#
# Variables que tiene cada frase: { $child } { $buddy } { $grownup } { $teacher } (los nombres,
# tal como la familia los escribió), { $place } (guardería, escuela infantil...: un selector ve
# daycare, nursery, preschool o childminder), { $pickup_after } (la actividad justo después de la
# cual vuelve el adulto: un selector ve snack, lunch...), { $ritual } ("un abrazo, un beso y choca
# esos cinco"), { $grownup_role } (mother, father, grandmother, grandfather, aunt, uncle, other) y
# { $grownup_gender } (female, male, other).

family--place-daycare = guardería
family--place-nursery = escuela infantil
family--place-preschool = jardín de infancia
family--place-childminder = casa de { $teacher }

family--and = { $rest } y { $last }

family--default-child = Peque
family--default-grownup = Mamá
family--default-teacher = Seño Rosa
family--default-buddy = Osito
family--usual_place = daycare

family--role-mother = Mamá
family--role-father = Papá
family--role-grandmother = Abuela
family--role-grandfather = Abuelo
family--role-aunt = Tía
family--role-uncle = Tío
family--more_names = Mami, Papi, Yaya, Yayo

## Ayudantes (sin "--" en el nombre): el sitio con su artículo y la preposición que toca.

# "la guardería", "el jardín de infancia", "la casa de Rosa"
el-sitio = { $place ->
   *[daycare] la guardería
    [nursery] la escuela infantil
    [preschool] el jardín de infancia
    [childminder] la casa de { $teacher }
}
# "a la guardería", "al jardín de infancia", "a casa de Rosa": ir allí
al-sitio = { $place ->
   *[daycare] a la guardería
    [nursery] a la escuela infantil
    [preschool] al jardín de infancia
    [childminder] a casa de { $teacher }
}
# "en la guardería", "en casa de Rosa": estar allí
en-el-sitio = { $place ->
   *[daycare] en la guardería
    [nursery] en la escuela infantil
    [preschool] en el jardín de infancia
    [childminder] en casa de { $teacher }
}
# "de guardería", "de jardín de infancia", "de ir a casa de Rosa": "un día de guardería"
dia-de-sitio = { $place ->
   *[daycare] de guardería
    [nursery] de escuela infantil
    [preschool] de jardín de infancia
    [childminder] de ir a casa de { $teacher }
}

# "justo después de la merienda", "justo después del patio": la promesa de volver (de + el = del).
justo-despues = justo después { $pickup_after ->
    [arrive] de llegar
    [free_play] del juego libre
    [outdoor_play] del patio
    [story_time] del cuento
    [quiet_time] del rato tranquilo
    [sand_play] del juego con arena y agua
   *[other] de { $pickup_after }
}
