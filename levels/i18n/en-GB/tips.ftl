# British English: only the tips that differ from American English.

tips--comfort_item-text = A favourite soft toy, a small blanket or a family photo can help { $child } feel close to you during the day. Ask what the { $place } allows, and tell the staff what it is and why it matters.
tips--practise_short_separations-title = Practise short separations
tips--it_is_normal-text = Crying and clinging at drop-off are a normal stage of growing up and a sign of a strong bond with you. With a steady routine it usually eases, often within a few weeks. If it doesn't, or gets worse, talk to your GP or health visitor.
