/**
 * Countries, their adjectives and peoples, and capitals: "Irish fleets" ~
 * "fleets in Ireland", "the Faroese government" ~ "the Faroe Islands". One
 * entry per line: words separated by "|" (a multi-word name is matched word by
 * word only where it is a single word; see expansion.ts).
 */
export const COUNTRIES = `
afghanistan|afghan|afghans|kabul
albania|albanian|albanians|tirana
algeria|algerian|algerians|algiers
argentina|argentine|argentinian|argentines|argentinians|buenos aires
armenia|armenian|armenians|yerevan
australia|australian|australians|canberra|aussie
austria|austrian|austrians|vienna
azerbaijan|azerbaijani|azeri|baku
bangladesh|bangladeshi|bangladeshis|dhaka
belarus|belarusian|belarusians|minsk
belgium|belgian|belgians
bolivia|bolivian|bolivians
bosnia|bosnian|bosnians|sarajevo
brazil|brazilian|brazilians|brasilia
bulgaria|bulgarian|bulgarians
cambodia|cambodian|cambodians|phnom penh
cameroon|cameroonian|cameroonians
chile|chilean|chileans
colombia|colombian|colombians|bogota
congo|congolese|kinshasa
croatia|croatian|croatians|croat|croats|zagreb
cuba|cuban|cubans|havana
cyprus|cypriot|cypriots|nicosia
czechia|czech|czechs|prague
denmark|danish|dane|danes|copenhagen
ecuador|ecuadorian|ecuadorians|quito
estonia|estonian|estonians|tallinn
ethiopia|ethiopian|ethiopians|addis ababa
faroe|faroes|faroese
finland|finnish|finn|finns|helsinki
georgia|georgian|georgians|tbilisi
ghana|ghanaian|ghanaians|accra
greece|greek|greeks|athens
greenland|greenlandic|greenlanders|nuuk
hungary|hungarian|hungarians|budapest
iceland|icelandic|icelander|icelanders|reykjavik
indonesia|indonesian|indonesians|jakarta
ireland|irish|dublin
jordan|jordanian|jordanians|amman
kazakhstan|kazakh|kazakhs|astana
kenya|kenyan|kenyans|nairobi
korea|korean|koreans|seoul|pyongyang
kuwait|kuwaiti|kuwaitis
latvia|latvian|latvians|riga
lebanon|lebanese|beirut
libya|libyan|libyans|tripoli
lithuania|lithuanian|lithuanians|vilnius
malaysia|malaysian|malaysians|kuala lumpur
mexico|mexican|mexicans
morocco|moroccan|moroccans|rabat
myanmar|burma|burmese|naypyitaw
nepal|nepali|nepalese|kathmandu
netherlands|dutch|holland|amsterdam|hague
zealand|kiwi|kiwis|wellington
nigeria|nigerian|nigerians|abuja
norway|norwegian|norwegians|oslo
pakistan|pakistani|pakistanis|islamabad
palestine|palestinian|palestinians
peru|peruvian|peruvians|lima
philippines|philippine|filipino|filipinos|manila
poland|polish|warsaw
portugal|portuguese|lisbon
qatar|qatari|qataris|doha
romania|romanian|romanians|bucharest
scotland|scottish|scot|scots|edinburgh
senegal|senegalese|dakar
serbia|serbian|serbians|serb|serbs|belgrade
singapore|singaporean|singaporeans
slovakia|slovak|slovaks|bratislava
slovenia|slovenian|slovenians|ljubljana
somalia|somali|somalis|mogadishu
sudan|sudanese|khartoum
sweden|swedish|swede|swedes|stockholm
switzerland|swiss|bern
taiwan|taiwanese|taipei
tanzania|tanzanian|tanzanians
thailand|thai|thais|bangkok
tunisia|tunisian|tunisians|tunis
uganda|ugandan|ugandans|kampala
venezuela|venezuelan|venezuelans|caracas
vietnam|vietnamese|hanoi
wales|welsh|cardiff
yemen|yemeni|yemenis|sanaa
zimbabwe|zimbabwean|zimbabweans|harare
lanka|lankan|lankans|colombo
africa|african|africans
asia|asian|asians
`;
