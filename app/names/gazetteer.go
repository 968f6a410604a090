package names

// gazetteer lists places ("P") and organisations ("O"), one a line: the
// canonical name, then its aliases after "=". Keys match case-insensitively
// and without diacritics ("Kyïv" = "Kyiv"). Demonyms are not places: "North
// Korean troops" mentions no place.
const gazetteer = `P North Korea=N. Korea=DPRK=D.P.R.K.=Democratic People's Republic of Korea=N Korea
P South Korea=S. Korea=ROK=R.O.K.=Republic of Korea=S Korea
P United States=U.S.=US=USA=U.S.A.=United States of America=America
P United Kingdom=UK=U.K.=Britain=Great Britain
P Russia=Russian Federation
P China=People's Republic of China=PRC
P Taiwan
P Japan
P Ukraine
P Belarus
P Iran
P Iraq
P Syria
P Israel
P Gaza
P Lebanon
P Turkey=Türkiye
P Saudi Arabia
P Egypt
P India
P Pakistan
P Afghanistan
P Mongolia
P Vietnam
P Laos
P Cambodia
P Thailand
P Myanmar=Burma
P Malaysia
P Singapore
P Indonesia
P Philippines
P Australia
P New Zealand
P Canada
P Mexico
P Brazil
P Argentina
P Chile
P Colombia
P Venezuela
P Cuba
P Peru
P France
P Germany
P Italy
P Spain
P Portugal
P Netherlands=Holland
P Belgium
P Switzerland
P Austria
P Poland
P Czech Republic=Czechia
P Slovakia
P Hungary
P Romania
P Bulgaria
P Greece
P Serbia
P Croatia
P Bosnia
P Kosovo
P Moldova
P Georgia
P Armenia
P Azerbaijan
P Kazakhstan
P Uzbekistan
P Turkmenistan
P Kyrgyzstan
P Tajikistan
P Sweden
P Norway
P Finland
P Denmark
P Iceland
P Ireland
P Estonia
P Latvia
P Lithuania
P Nigeria
P South Africa
P Kenya
P Ethiopia
P Sudan
P South Sudan
P Libya
P Algeria
P Morocco
P Tunisia
P Somalia
P Yemen
P Oman
P Qatar
P Kuwait
P Jordan
P Bahrain
P United Arab Emirates=UAE
P Crimea
P Donbas=Donbass
P Korean Peninsula
P Europe
P Asia
P Africa
P Middle East
P Siberia
P Pyongyang
P Seoul
P Moscow
P Washington
P Beijing=Peking
P Tokyo
P Kyiv=Kiev
P Kharkiv=Kharkov
P Odesa=Odessa
P Minsk
P Tehran
P Baghdad
P Damascus
P Jerusalem
P Tel Aviv
P Beirut
P Ankara
P Istanbul
P Riyadh
P Cairo
P Delhi=New Delhi
P Mumbai
P Islamabad
P Kabul
P Ulaanbaatar
P Hanoi
P Bangkok
P Jakarta
P Manila
P Sydney
P Canberra
P Ottawa
P Toronto
P New York=NYC
P Los Angeles
P Chicago
P London
P Paris
P Berlin
P Rome
P Madrid
P Lisbon
P Brussels
P Vienna
P Warsaw
P Prague
P Budapest
P Bucharest
P Athens
P Stockholm
P Oslo
P Helsinki
P Copenhagen
P Geneva
P Vladivostok
P St Petersburg=St. Petersburg=Saint Petersburg
P Kaesong
P Panmunjom
P Busan
P Incheon
P Shanghai
P Hong Kong
P Vostochny=Vostochny Cosmodrome
P Kursk
P Donetsk
P Luhansk
P Mariupol
P Kherson
P Zaporizhzhia
O Kremlin
O KCNA=Korean Central News Agency
O Islamic State=ISIS=ISIL
O Blue House
O White House
O Pentagon
O United Nations=UN=U.N.
O UN Security Council=Security Council
O NATO=Nato
O European Union=EU
O Yonhap
O Reuters
O Associated Press=AP
O BBC
O Moscow Times
O TASS
O RIA Novosti
O Samsung
O Kia
O Workers' Party=Workers' Party of Korea
O State Department
O Foreign Ministry
O Defense Ministry=Defence Ministry
O Crocus City Hall
O Joint Chiefs of Staff=Joint Chiefs
O Russian Embassy
O G7
O G20`

// titles precede names: "Foreign Minister Choe Son Hui".
const titles = `President|Prosecutor General|Prosecutor|Prime Minister|Foreign Minister|Defense Minister|Defence Minister|Minister|Leader|Supreme Leader|Chairman|Premier|Chancellor|Secretary|Secretary of State|Secretary General|Spokesman|Spokeswoman|Spokesperson|General|Gen.|Colonel|Col.|Admiral|Marshal|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Dr.|Dr|Senator|Sen.|Rep.|Governor|Gov.|Ambassador|King|Queen|Prince|Princess|Pope|Vice President|Deputy|Sister|Comrade|Director|Commander|Envoy|Lawmaker|Professor|Prof.|Judge|Mayor|Chief|Chair|Chairwoman|Chairperson`

// orgSuffixWords end the names of organisations: a run of capitalised words
// ending in one is an organisation, not a person ("Federal Reserve").
const orgSuffixWords = `Institute Reserve Foundation Association Organization Organisation Commission
	Authority Fund Institution Alliance League Movement Museum Hospital Airlines Airways Exchange Inc Inc. Corp
	Corp. Ltd Ltd. Co. Network Centre Center Service Services Board Bureau Trust Guard Police Forces Post
	Journal Herald Tribune Holdings Motors Energy Technologies Systems Club School College Academy Society
	Brigade Brigades Institutes Partners Capital Investments Industries Pharmaceuticals Telecom Broadcasting
	Force Front Coalition Ferries Railways Shipping Media`

// placeHeadWords end the names of places ("Han River", "Harrington Lake",
// "Incheon Airport"); placeFirstWords start them ("Cape Breton", "Mount
// Paektu", "Lake Simcoe"). A run of capitalised words with one is a place,
// not a person.
const (
	placeHeadWords = `Lake River Sea Ocean Island Islands Mountain Mountains Street Road Square Airport Province
	County District Peninsula Valley Canyon Strait Gulf Coast Desert Falls Harbour Harbor Avenue
	Cemetery Bridge Station Stadium Beach Forest`
	placeFirstWords = `Lake Mount Cape Fort Port Gulf Isle`
)

// demonyms and other capitalised words that are never a name on their own.
const stopWords = `The A An And Or But If In On At By For From To Of As With Without After Before Since While When Where What Who Why How This That These Those There Here It Its He She They We You I Our Their His Her My Your However Meanwhile Moreover Also Yet Still Then Thus So Not No Yes All Some Many Most Both Each Every One Two Three Four Five Six Seven Eight Nine Ten Such Other Another Despite Although Though Because Amid Amidst Among Against During Under Over Between Through Into Upon About Following According Notably Dear Thank Please Once Read More Sign Share Continue Preview Advertisement Advertisment Photo Image Video Related Updated Posted Reporting Editing Writing Analysis Opinion Live Breaking Exclusive Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Russian Korean North South East West Northern Southern Eastern Western American Chinese Japanese Ukrainian Belarusian Iranian Syrian Israeli British English French German Italian Spanish Polish Turkish Indian European Asian African Soviet Stalinist Communist Islamic Christian Muslim Jewish Arab Korean-American Inter-Korean State Office Ministry Embassy Agency Party Government Army Military Navy Council Committee Parliament Assembly Congress Senate Court Times News Hall City War Peninsula Region Republic Kingdom Federation Union Group Company Corporation Bank University Department Week Day Year Month Province County District Airport Station Square Street Road River Sea Ocean Island Mountain Border Zone Summit Conference Olympics Cup Privacy Policy Terms Subscribers Subscribe Newsletter Message Support Donate Smoke Experts Analysts Officials Tensions Those Later Earlier Last Next Today Yesterday Tomorrow Now Instead Indeed Even Just Only Never Again Already Perhaps Maybe Well`
