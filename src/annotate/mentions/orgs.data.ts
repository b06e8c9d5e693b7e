// Organisation cues for the mentions stage. Hand-kept: legal-form suffixes (Inc, Ltd, plc, AG, SA
// from company registers' usual abbreviations), the head nouns organisation names end in, and a short
// list of organisations common in international news (wire agencies, IGOs, parties, militant groups).

/** Last words that make a name an organisation: "Reuters Ltd", "Green Party", "Bank of England". */
export const orgHeads: ReadonlySet<string> = new Set(
  `Inc Inc. Corp Corp. Corporation Co Co. Cos Ltd Ltd. Limited Plc plc PLC LLC LLP AG SA S.A. NV N.V. GmbH SpA BV AB ASA Oyj
  Company Companies Group Holdings Holding Industries Enterprises Partners Associates Ventures Capital Securities Investments Bank Bancorp Bankers Trust Fund Insurance Assurance Motors Airlines Airways Air Energy Oil Petroleum Gas Electric Power Telecom Communications Systems Technologies Technology Software Pharmaceuticals Foods Brewery Mining Steel Railways Railway Resources
  Party Union Unions League Alliance Front Movement Coalition Congress Council Committee Commission Assembly Parliament Senate Cabinet Government Administration Ministry Department Agency Authority Office Bureau Board Service Services Court Tribunal Police Army Navy Force Forces Guard Guards Brigade Brigades Corps Militia Regiment Battalion Command
  University College School Academy Institute Institution Society Foundation Association Federation Confederation Organisation Organization Club Clubs FC F.C. Rovers Wanderers Athletic Athletico Albion Hotspur Rangers Celtic Dynamo Dinamo Sporting Olympique Racing Real
  Church Mission Museum Hospital Centre Center Council Network Media News Times Post Herald Journal Tribune Telegraph Guardian Gazette Press Radio Television TV Broadcasting Exchange Reserve Fed Stock Index Conference Organisation Chamber Chambers Consortium Cartel Syndicate Agency Inc.`.split(/\s+/),
);

/** Organisation names common in the news (exact case). */
export const knownOrgs: ReadonlySet<string> = new Set(
  `Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|BBC|CNN|ABC|NBC|CBS|Fox News|Al Jazeera|Xinhua|Interfax|Itar-Tass|Tass|Kyodo|Yonhap|ANSA|DPA|Dow Jones|Stuff|3News|TVNZ|RNZ|NZ Herald|New York Times|Washington Post|Wall Street Journal|Financial Times|The Guardian|The Times|Guardian|
  UN|U.N.|United Nations|UNICEF|UNHCR|UNESCO|NATO|Nato|EU|E.U.|European Union|European Commission|IMF|International Monetary Fund|World Bank|WTO|World Trade Organisation|World Trade Organization|WHO|World Health Organisation|World Health Organization|OPEC|Opec|OECD|ASEAN|Asean|APEC|Apec|G7|G8|G20|OSCE|Interpol|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|FIFA|UEFA|IOC|ICC|
  Pentagon|White House|Kremlin|Congress|Senate|Parliament|Cabinet|Bundestag|Knesset|Duma|Politburo|Downing Street|State Department|Foreign Office|Treasury|Federal Reserve|Fed|Bundesbank|ECB|European Central Bank|Bank of England|Bank of Japan|Supreme Court|High Court|FBI|CIA|NSA|KGB|FSB|MI5|MI6|GCSB|SIS|NZSIS|ASIO|SAS|SBS|Special Air Service|Mossad|Hamas|Hezbollah|Hizbollah|Taliban|al-Qaeda|al Qaeda|Al-Qaeda|Al Qaeda|ISIS|Isis|ISIL|Isil|Islamic State|Daesh|IRA|Sinn Fein|PLO|ETA|PKK|Khmer Rouge|Boko Haram|al-Shabaab|Fatah|
  Labour|Labor|Greens|Tories|Conservatives|Liberals|Democrats|Republicans|Likud|Nationals|Labour Party|Green Party|National Party|Conservative Party|Liberal Party|Democratic Party|Republican Party|ACT|NZ First|New Zealand First|Maori Party|SNP|Bundesrat|
  Microsoft|Apple|Google|IBM|Intel|Amazon|Facebook|Twitter|Samsung|Sony|Toyota|Honda|Nissan|Ford|General Motors|GM|Chrysler|Boeing|Airbus|Shell|BP|Exxon|Mobil|Chevron|Texaco|Nestle|Unilever|Siemens|Volkswagen|BMW|Daimler|Fiat|Renault|Peugeot|Nokia|Ericsson|Philips|Deutsche Bank|Goldman Sachs|Morgan Stanley|Merrill Lynch|Citibank|Citigroup|HSBC|Barclays|Lloyds|Gazprom|Aeroflot|Lufthansa|Qantas|Air New Zealand|Fonterra|Telecom|Vodafone|AT&T|Coca-Cola|Pepsi|PepsiCo|McDonald's|Walmart|Wal-Mart|Nasdaq|NYSE|Nikkei|Lloyd's|Moody's|Standard & Poor's|S&P`
    .split('|').map((x) => x.trim()).filter(Boolean),
);

/**
 * Names that refer to the same organisation, as groups (the first is canonical):
 * "ISIS" = "Isis" = "Islamic State" (matched case-insensitively), "Greens" = "Green Party".
 */
export const orgAliasGroups: readonly (readonly string[])[] = [
  ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
  ['Green Party', 'Greens', 'Green'],
  ['Labour Party', 'Labour'],
  ['Labor Party', 'Labor'],
  ['National Party', 'National', 'Nationals'],
  ['Conservative Party', 'Conservatives', 'Tories', 'Tory'],
  ['Liberal Party', 'Liberals'],
  ['Democratic Party', 'Democrats'],
  ['Republican Party', 'Republicans', 'GOP'],
  ['United Nations', 'UN', 'U.N.'],
  ['European Union', 'EU', 'E.U.'],
  ['Special Air Service', 'SAS'],
  ['Security Intelligence Service', 'SIS', 'NZSIS'],
  ['Government Communications Security Bureau', 'GCSB'],
  ['al-Qaeda', 'al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al-Qaida'],
  ['Hezbollah', 'Hizbollah'],
  ['Federal Reserve', 'Fed'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['International Monetary Fund', 'IMF'],
  ['North Atlantic Treaty Organization', 'NATO', 'Nato'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
];
