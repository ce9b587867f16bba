# British English: only the story's lines that differ from American English.

daycare_day--title = A Nursery Day
daycare_day--activity-nap-buddy-say = Shh. { $buddy } is cosy and sleepy too.
