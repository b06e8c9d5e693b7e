// Religious, ethnic and political groups named in the news, as adjectives and nouns (MISC, like
// nationalities): "Moslem militants", "Hutu refugees", "the Afrikaners". Hand-kept from general
// knowledge of Reuters/AP usage (both "Moslem" and "Muslim" spellings). Not given names that are also
// groups ("Christian", "Roma"): those stay names.

/** Group names (singular, exact case); a plural in -s counts too. */
export const peoples: ReadonlySet<string> = new Set(
  `Muslim Moslem Islamist Jew Jewish Hindu Sikh Buddhist Catholic Protestant Anglican Methodist Baptist Mormon Evangelical Lutheran Orthodox
  Sunni Shi'ite Shiite Shia Alawite Druze Salafi Wahhabi Zionist Kurd Kurdish Hutu Tutsi Pashtun Tajik Uzbek Hazara Tamil Sinhalese Uighur Uyghur
  Tibetan Rohingya Yazidi Bedouin Berber Afrikaner Zulu Xhosa Maori Aboriginal Basque Catalan Chechen Ingush Ossetian Abkhaz Copt Coptic
  Latino Hispanic Creole Inuit Marxist Maoist Leninist Stalinist Communist Socialist Fascist Nazi Islamic`.split(/\s+/),
);
