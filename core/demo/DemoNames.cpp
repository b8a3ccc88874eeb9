// The word lists behind the demo generator: names, streets, cities, trades and notes per community.
#include "demo/DemoNames.h"

#include <QChar>

#include <initializer_list>

namespace relatio::demo {

namespace {

// A city as typed below. postcodes lists the numeric postcodes in use, single ("9000") or as
// ranges ("1011-1109"), separated by spaces. areaCode is the trunk code without its leading 0.
struct RawCity
{
    const char16_t *name;
    const char *postcodes;
    const char *areaCode;
    const char *firstDigits; // digits the subscriber number may start with after areaCode
    int weight;              // roughly the population in ten thousands
};

struct RawCommunity
{
    const char16_t *country;
    const char16_t *language;
    const char *countryCode;
    int nationalDigits; // length of the national number without trunk 0: NL 9, BE 8, NO 8
};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

std::vector<QString> texts(std::initializer_list<const char16_t *> list)
{
    std::vector<QString> out;
    out.reserve(list.size());
    for (const char16_t *s : list)
        out.push_back(text(s));
    return out;
}

std::vector<NameEntry> names(std::initializer_list<const char16_t *> list)
{
    std::vector<NameEntry> out;
    out.reserve(list.size());
    for (const char16_t *s : list) {
        NameEntry e;
        e.text = text(s);
        e.standalone = e.text;
        if (!e.standalone.isEmpty() && e.standalone.front().isLower())
            e.standalone[0] = e.standalone.front().toUpper();
        e.folded = foldForEmail(e.text);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<PostcodeRange> parsePostcodes(const char *spec)
{
    std::vector<PostcodeRange> out;
    const char *p = spec;
    while (*p) {
        while (*p == ' ')
            ++p;
        if (!*p)
            break;
        PostcodeRange r;
        while (*p >= '0' && *p <= '9')
            r.first = r.first * 10 + (*p++ - '0');
        r.last = r.first;
        if (*p == '-') {
            ++p;
            r.last = 0;
            while (*p >= '0' && *p <= '9')
                r.last = r.last * 10 + (*p++ - '0');
        }
        out.push_back(r);
    }
    return out;
}

void addCities(CommunityTables &t, const RawCommunity &c, std::initializer_list<RawCity> cities)
{
    quint32 sum = 0;
    for (const RawCity &raw : cities) {
        CityEntry e;
        e.name = text(raw.name);
        e.postcodes = parsePostcodes(raw.postcodes);
        e.dialPrefix = QLatin1Char('+') + QLatin1String(c.countryCode) + QLatin1String(raw.areaCode);
        e.firstDigits = QLatin1String(raw.firstDigits);
        e.subscriberDigits = c.nationalDigits - int(qstrlen(raw.areaCode));
        e.weight = raw.weight;
        sum += quint32(raw.weight);
        t.cities.push_back(std::move(e));
        t.cityWeightSums.push_back(sum);
    }
}

CommunityTables start(const RawCommunity &c)
{
    CommunityTables t;
    t.country = text(c.country);
    t.language = text(c.language);
    return t;
}

// ---------------------------------------------------------------------------------------------
// The Netherlands

const RawCommunity dutch{u"NL", u"nl", "31", 9};

CommunityTables makeDutch()
{
    CommunityTables t = start(dutch);
    t.givenNames = names({
        u"Jan", u"Pieter", u"Kees", u"Henk", u"Willem", u"Johan", u"Gerrit", u"Dirk", u"Bas", u"Daan",
        u"Sem", u"Lucas", u"Levi", u"Finn", u"Milan", u"Thijs", u"Ruben", u"Jesse", u"Bram", u"Lars",
        u"Niels", u"Joost", u"Maarten", u"Sander", u"Tim", u"Rick", u"Stefan", u"Mark", u"Erik",
        u"Martijn", u"Jeroen", u"Wouter", u"Koen", u"Hans", u"Frank", u"Rob", u"Arjen", u"Sjoerd",
        u"Floris", u"Jasper", u"Teun", u"Stijn", u"Wim", u"Joris", u"Gijs", u"Hidde", u"Tijn", u"Ties",
        u"Michiel", u"René", u"André", u"Noël", u"IJsbrand", u"Cornelis", u"Hendrik", u"Jacob", u"Freek",
        u"Anna", u"Emma", u"Sanne", u"Lotte", u"Fleur", u"Iris", u"Anouk", u"Femke", u"Lisa", u"Eva",
        u"Julia", u"Sophie", u"Tess", u"Noor", u"Saskia", u"Marieke", u"Ingrid", u"Annemieke", u"Wilma",
        u"Petra", u"Monique", u"Karin", u"Linda", u"Esther", u"Marloes", u"Mirjam", u"Ilse", u"Inge",
        u"Janneke", u"Ellen", u"Hanneke", u"Yvonne", u"Nienke", u"Roos", u"Maud", u"Zoë", u"Sara",
        u"Lieke", u"Floor", u"Evi", u"Merel", u"Marijke", u"Daniëlle", u"Chloë", u"Anaïs", u"Joke",
        u"Ria", u"Geertje", u"Tineke", u"Wendy", u"Bregje",
    });
    t.familyNames = names({
        u"de Jong", u"Jansen", u"de Vries", u"van den Berg", u"van Dijk", u"Bakker", u"Janssen",
        u"Visser", u"Smit", u"Meijer", u"de Boer", u"Mulder", u"de Groot", u"Bos", u"Vos", u"Peters",
        u"Hendriks", u"van Leeuwen", u"Dekker", u"Brouwer", u"de Wit", u"Dijkstra", u"Smits",
        u"de Graaf", u"van der Meer", u"van der Linden", u"Kok", u"Jacobs", u"de Haan", u"Vermeulen",
        u"van den Heuvel", u"van der Veen", u"van den Broek", u"de Bruijn", u"de Bruin",
        u"van der Heijden", u"Schouten", u"van Beek", u"Willems", u"van Vliet", u"van de Ven",
        u"Hoekstra", u"Maas", u"Verhoeven", u"Koster", u"van Dam", u"van der Wal", u"Prins", u"Blom",
        u"Huisman", u"Peeters", u"de Jonge", u"Kuipers", u"van Wijk", u"Post", u"Kuiper", u"Veenstra",
        u"Kramer", u"van den Brink", u"Scholten", u"van der Berg", u"Martens", u"Vink", u"de Ruiter",
        u"Timmermans", u"van Dongen", u"Groen", u"Bosman", u"Vermeer", u"Verbeek", u"de Lange",
        u"Bosch", u"Hermans", u"van Doorn", u"Evers", u"Koning", u"van der Velden", u"Wouters",
        u"van Rijn", u"Hofman", u"Sanders", u"Willemsen", u"Jonker", u"Gerritsen", u"Goossens",
        u"Postma", u"Brinkman", u"de Koning", u"van Loon", u"Boersma", u"Claassen", u"Zwart",
        u"Wolters", u"van Zanten", u"ter Horst", u"Zijlstra", u"van 't Hof", u"Driessen", u"Koopman",
        u"Teunissen", u"Groenewegen", u"IJzerman", u"van Es", u"de Wilde", u"Kooistra", u"Veldman",
        u"Hoogendoorn", u"van Rooij", u"Bijl", u"Oosterhuis", u"Heijmans", u"'t Hart", u"Verschoor",
    });
    t.streets = texts({
        u"Kerkstraat", u"Dorpsstraat", u"Stationsweg", u"Hoofdstraat", u"Molenweg", u"Schoolstraat",
        u"Julianastraat", u"Wilhelminastraat", u"Beatrixstraat", u"Nieuwstraat", u"Markt",
        u"Prinsengracht", u"Herengracht", u"Keizersgracht", u"Parallelweg", u"Industrieweg",
        u"Marktstraat", u"Emmastraat", u"Oranjestraat", u"Sportlaan", u"Eikenlaan", u"Beukenlaan",
        u"Lindenlaan", u"Kastanjelaan", u"Meidoornstraat", u"Acacialaan", u"Vondelstraat",
        u"Rembrandtlaan", u"Van Goghstraat", u"Nassaulaan", u"Prins Hendrikstraat", u"Irisstraat",
        u"Tulpstraat", u"Rozenstraat", u"Burgemeester de Withstraat", u"Spoorstraat", u"Havenweg",
        u"Dijkweg", u"Zuiderweg", u"Noordeinde", u"Oosteinde", u"Westsingel", u"Kanaalweg",
        u"Torenstraat", u"Van Heemstralaan", u"Pastoor van Arsstraat", u"Koningin Julianaweg",
        u"Smidstraat", u"Veldweg", u"Graaf Florislaan", u"Lange Voorhout", u"Oudegracht",
    });
    addCities(t, dutch, {
        {u"Amsterdam", "1011-1109", "20", "2345678", 90},
        {u"Rotterdam", "3011-3089", "10", "2345678", 65},
        {u"Den Haag", "2491-2599", "70", "2345678", 55},
        {u"Utrecht", "3511-3585", "30", "2345678", 36},
        {u"Eindhoven", "5611-5658", "40", "2345678", 24},
        {u"Groningen", "9711-9747", "50", "2345678", 23},
        {u"Tilburg", "5011-5049", "13", "2345678", 22},
        {u"Almere", "1311-1363", "36", "2345678", 22},
        {u"Breda", "4811-4839", "76", "2345678", 19},
        {u"Nijmegen", "6511-6546", "24", "2345678", 18},
        {u"Apeldoorn", "7311-7339", "55", "2345678", 17},
        {u"Haarlem", "2011-2037", "23", "2345678", 16},
        {u"Arnhem", "6811-6846", "26", "2345678", 16},
        {u"Enschede", "7511-7548", "53", "2345678", 16},
        {u"Amersfoort", "3811-3829", "33", "2345678", 16},
        {u"Zaandam", "1501-1509", "75", "2345678", 8},
        {u"'s-Hertogenbosch", "5211-5237", "73", "2345678", 15},
        {u"Zwolle", "8011-8043", "38", "2345678", 13},
        {u"Leiden", "2311-2334", "71", "2345678", 12},
        {u"Maastricht", "6211-6229", "43", "2345678", 12},
        {u"Dordrecht", "3311-3329", "78", "2345678", 12},
        {u"Zoetermeer", "2711-2729", "79", "2345678", 12},
        {u"Leeuwarden", "8911-8941", "58", "2345678", 12},
        {u"Ede", "6711-6721", "318", "2345678", 7},
        {u"Delft", "2611-2629", "15", "2345678", 10},
        {u"Alkmaar", "1811-1834", "72", "2345678", 10},
        {u"Deventer", "7411-7429", "570", "2345678", 10},
        {u"Hilversum", "1211-1223", "35", "2345678", 9},
        {u"Heerlen", "6411-6422", "45", "2345678", 8},
        {u"Hengelo", "7551-7559", "74", "2345678", 8},
        {u"Venlo", "5911-5935", "77", "2345678", 10},
        {u"Gouda", "2801-2809", "182", "2345678", 7},
        {u"Emmen", "7811-7828", "591", "2345678", 6},
        {u"Helmond", "5701-5709", "492", "2345678", 9},
        {u"Oss", "5341-5349", "412", "2345678", 6},
        {u"Purmerend", "1441-1448", "299", "2345678", 8},
        {u"Roosendaal", "4701-4709", "165", "2345678", 6},
        {u"Lelystad", "8211-8245", "320", "2345678", 8},
        {u"Hoorn", "1621-1628", "229", "2345678", 7},
        {u"Middelburg", "4331-4338", "118", "2345678", 5},
        {u"Assen", "9401-9411", "592", "2345678", 6},
        {u"Heerenveen", "8441-8448", "513", "2345678", 5},
        {u"Bergen op Zoom", "4611-4625", "164", "2345678", 6},
    });
    t.tradesBefore = texts({
        u"Bakkerij", u"Slagerij", u"Kapsalon", u"Garage", u"Bloemenhuis", u"Schildersbedrijf",
        u"Hoveniersbedrijf", u"Administratiekantoor", u"Loodgietersbedrijf", u"Transportbedrijf",
        u"Aannemersbedrijf", u"Drukkerij", u"Tandartspraktijk", u"Fysiotherapie", u"Makelaardij",
        u"Accountantskantoor", u"Advocatenkantoor", u"Autobedrijf", u"Fietsenmakerij", u"Kaashandel",
        u"Timmerbedrijf", u"Installatiebedrijf", u"Reisbureau", u"Brasserie",
    });
    t.tradesAfter = texts({
        u"Installatietechniek", u"Bouw", u"Techniek", u"Logistiek", u"Advies", u"Consultancy", u"ICT",
        u"Vastgoed", u"Transport", u"Metaalbewerking", u"Elektrotechniek", u"Schilderwerken",
        u"Groenvoorziening", u"Accountants", u"Makelaars", u"Automatisering", u"Interieurbouw",
        u"Dakwerken", u"Machinebouw", u"Verhuur", u"Keukens", u"Beveiliging", u"Verpakkingen",
        u"Tuinen", u"Zonnepanelen",
    });
    t.associations = texts({
        u"Tennisvereniging", u"Muziekvereniging", u"Voetbalvereniging", u"Stichting", u"Hockeyclub",
        u"Zwemvereniging", u"Toneelvereniging", u"Schaakclub", u"Zangvereniging",
    });
    t.associationNames = texts({
        u"De Eendracht", u"Vooruit", u"Concordia", u"Excelsior", u"De Vriendschap", u"Sint-Cecilia",
        u"Oranje", u"Olympia", u"De Zwaluwen", u"Nieuw Leven", u"Hercules", u"De Toekomst",
        u"Animo", u"Kunst en Genoegen", u"De Meeuwen", u"Victoria",
    });
    t.infoMailboxes = texts({u"info", u"info", u"info", u"contact"});
    t.altMailboxes = texts({u"sales", u"verkoop", u"administratie", u"facturen", u"planning"});
    return t;
}

// ---------------------------------------------------------------------------------------------
// Belgium, Dutch-speaking (Flanders and Brussels)

const RawCommunity flemish{u"BE", u"nl", "32", 8};

CommunityTables makeFlemish()
{
    CommunityTables t = start(flemish);
    t.givenNames = names({
        u"Jan", u"Pieter", u"Wouter", u"Tom", u"Kris", u"Koen", u"Bart", u"Dirk", u"Geert", u"Luc",
        u"Marc", u"Peter", u"Stijn", u"Jens", u"Thomas", u"Arne", u"Lander", u"Seppe", u"Wout", u"Jef",
        u"Jozef", u"Staf", u"Sander", u"Bram", u"Jonas", u"Ruben", u"Robbe", u"Warre", u"Lars", u"Nand",
        u"Mathias", u"Maarten", u"Steven", u"Frederik", u"Lieven", u"Filip", u"Gert", u"Hendrik",
        u"Ward", u"Bert", u"Dries", u"Joris", u"Kobe", u"Vic", u"Senne", u"Emiel", u"Lowie", u"Mats",
        u"Wannes", u"Jeroen", u"Raf", u"Gilles", u"Noël", u"Rémi", u"Matthias",
        u"An", u"Els", u"Katrien", u"Sofie", u"Lien", u"Lies", u"Ellen", u"Hilde", u"Veerle", u"Griet",
        u"Leen", u"Kaat", u"Nele", u"Eline", u"Lore", u"Lotte", u"Femke", u"Marie", u"Ilse", u"Inge",
        u"Karolien", u"Evelien", u"Sarah", u"Hanne", u"Jolien", u"Ine", u"Astrid", u"Nathalie",
        u"Kathleen", u"Liesbeth", u"Ann", u"Mieke", u"Greet", u"Jana", u"Fien", u"Noor", u"Amber",
        u"Ruth", u"Elke", u"Tine", u"Annelies", u"Charlotte", u"Febe", u"Margot", u"Zoë", u"Anaïs",
        u"Joke", u"Heidi",
    });
    t.familyNames = names({
        u"Peeters", u"Janssens", u"Maes", u"Jacobs", u"Mertens", u"Willems", u"Claes", u"Goossens",
        u"Wouters", u"De Smet", u"Hermans", u"Aerts", u"Michiels", u"Lambrechts", u"Pauwels",
        u"Martens", u"De Clercq", u"Van Damme", u"Vermeulen", u"Hendrickx", u"Van den Broeck",
        u"Verstraete", u"Desmet", u"Cools", u"Smets", u"Stevens", u"Verhoeven", u"De Backer",
        u"Segers", u"Van de Velde", u"Van Dyck", u"Claeys", u"Coppens", u"Verbeke", u"De Vos",
        u"Vandenberghe", u"Baert", u"Bogaert", u"Verschueren", u"Van Acker", u"Declercq", u"De Cock",
        u"De Meyer", u"Hoste", u"Van Hecke", u"Vanderstraeten", u"Mortier", u"Coene", u"Verhaegen",
        u"Geerts", u"Van Hoof", u"Van Laere", u"Maenhout", u"Vercammen", u"Wuyts", u"Dewulf",
        u"De Wilde", u"Van Gucht", u"Lenaerts", u"Van Rompuy", u"Vanhove", u"Van Aelst", u"Bracke",
        u"Thys", u"Nijs", u"Boone", u"Moens", u"Verlinden", u"Daems", u"De Winter", u"Van Looy",
        u"Devos", u"D'Hondt", u"Van Houtte", u"Dierckx", u"Van Assche", u"Beerens", u"Snoeck",
        u"Van Roy", u"De Bruyne", u"Vervoort", u"Heylen", u"Luyten", u"Sels", u"Vandamme",
        u"Verhelst", u"Van Camp", u"Van Eeckhout", u"Callens", u"Vanneste", u"Goethals", u"Seghers",
        u"De Ridder", u"Van Steenkiste", u"Dubois", u"Lemmens", u"Ceulemans", u"Van Gestel",
        u"Wauters", u"Bosmans", u"Vanmechelen",
    });
    t.streets = texts({
        u"Kerkstraat", u"Stationsstraat", u"Molenstraat", u"Dorpsstraat", u"Nieuwstraat",
        u"Schoolstraat", u"Kapelstraat", u"Veldstraat", u"Meir", u"Grote Markt", u"Steenweg",
        u"Brugstraat", u"Leopoldlaan", u"Koningin Astridlaan", u"Kortrijksesteenweg",
        u"Gentsesteenweg", u"Bredabaan", u"Lange Nieuwstraat", u"Vlaanderenstraat",
        u"Sint-Pietersnieuwstraat", u"Diestsestraat", u"Naamsestraat", u"Tiensestraat", u"Lindenlaan",
        u"Beukenlaan", u"Kasteelstraat", u"Hoogstraat", u"Driesstraat", u"Heirbaan", u"Kouter",
        u"Zavelstraat", u"Bosstraat", u"Pastorijstraat", u"Koning Albertlaan", u"Guido Gezellelaan",
        u"Sint-Jansstraat", u"Beekstraat", u"Boomsesteenweg", u"Turnhoutsebaan", u"Antwerpsesteenweg",
    });
    addCities(t, flemish, {
        {u"Antwerpen", "2000 2018 2020 2030 2040 2050 2060 2100 2140 2170 2180 2600 2610 2660", "3",
         "2345678", 53},
        {u"Gent", "9000 9030 9031 9032 9040 9041 9042 9050 9051 9052", "9", "234", 26},
        {u"Brussel", "1000 1020 1030 1040 1050 1060 1070 1080 1081 1082 1083 1090 1120 1130 1140 1150 "
                     "1160 1170 1180 1190 1200 1210",
         "2", "2345678", 18},
        {u"Brugge", "8000 8200 8310 8380", "50", "2345678", 12},
        {u"Leuven", "3000 3001 3010 3012 3018", "16", "2345678", 10},
        {u"Mechelen", "2800 2801 2811 2812", "15", "2345678", 9},
        {u"Aalst", "9300 9308 9310 9320", "53", "2345678", 9},
        {u"Kortrijk", "8500 8501 8510 8511", "56", "2345678", 8},
        {u"Hasselt", "3500 3510 3511 3512", "11", "2345678", 8},
        {u"Sint-Niklaas", "9100 9111 9112", "3", "2345678", 8},
        {u"Genk", "3600", "89", "2345678", 7},
        {u"Roeselare", "8800", "51", "2345678", 6},
        {u"Oostende", "8400", "59", "2345678", 7},
        {u"Turnhout", "2300", "14", "2345678", 5},
        {u"Dendermonde", "9200", "52", "2345678", 5},
        {u"Lokeren", "9160", "9", "234", 4},
        {u"Beveren", "9120", "3", "2345678", 5},
        {u"Vilvoorde", "1800", "2", "2345678", 4},
        {u"Herentals", "2200", "14", "2345678", 3},
        {u"Geel", "2440", "14", "2345678", 4},
        {u"Lier", "2500", "3", "2345678", 4},
        {u"Ieper", "8900", "57", "2345678", 4},
        {u"Tienen", "3300", "16", "2345678", 3},
        {u"Waregem", "8790", "56", "2345678", 4},
        {u"Ninove", "9400", "54", "2345678", 4},
        {u"Brasschaat", "2930", "3", "2345678", 4},
        {u"Mol", "2400", "14", "2345678", 4},
        {u"Zaventem", "1930", "2", "2345678", 3},
        {u"Halle", "1500", "2", "2345678", 4},
        {u"Dilbeek", "1700", "2", "2345678", 4},
        {u"Tongeren", "3700", "12", "2345678", 3},
        {u"Sint-Truiden", "3800", "11", "2345678", 4},
        {u"Knokke-Heist", "8300", "50", "2345678", 3},
        {u"Diest", "3290", "13", "2345678", 2},
        {u"Wetteren", "9230", "9", "234", 3},
        {u"Eeklo", "9900", "9", "234", 2},
        {u"Maaseik", "3680", "89", "2345678", 2},
    });
    t.tradesBefore = texts({
        u"Bakkerij", u"Slagerij", u"Brouwerij", u"Frituur", u"Garage", u"Bloemen", u"Schrijnwerkerij",
        u"Dakwerken", u"Boekhoudkantoor", u"Apotheek", u"Kapsalon", u"Bouwbedrijf", u"Drukkerij",
        u"Immo", u"Tandartsenpraktijk", u"Verzekeringskantoor", u"Traiteur", u"Fietsen",
    });
    t.tradesAfter = texts({
        u"Bouw", u"Renovatie", u"Elektro", u"Sanitair", u"Logistics", u"Consult", u"Immo",
        u"Schrijnwerkerij", u"Transport", u"Verzekeringen", u"Technics", u"Interieur", u"Dakwerken",
        u"Keukens", u"Tuinaanleg", u"Verwarming", u"Metaalwerken", u"Vloeren", u"Catering",
    });
    t.associations = texts({
        u"Tennisclub", u"Voetbalclub", u"Jeugdhuis", u"Wielerclub", u"Harmonie", u"Toneelkring",
        u"Fanfare", u"Turnkring", u"Zangkoor",
    });
    t.associationNames = texts({
        u"Sint-Cecilia", u"De Eendracht", u"Vooruit", u"Concordia", u"De Vriendschap", u"Sint-Jan",
        u"Moed en Volharding", u"De Ster", u"Excelsior", u"Kunst Veredelt", u"Sint-Martinus",
        u"De Toekomst", u"Willen is Kunnen", u"Klimop",
    });
    t.infoMailboxes = texts({u"info", u"info", u"info", u"contact"});
    t.altMailboxes = texts({u"sales", u"verkoop", u"boekhouding", u"facturatie", u"offertes"});
    return t;
}

// ---------------------------------------------------------------------------------------------
// Belgium, French-speaking (Wallonia and Brussels)

const RawCommunity francophone{u"BE", u"fr", "32", 8};

CommunityTables makeFrancophone()
{
    CommunityTables t = start(francophone);
    t.givenNames = names({
        u"Jean", u"Pierre", u"Michel", u"Philippe", u"Alain", u"Christophe", u"Olivier", u"Nicolas",
        u"Laurent", u"Julien", u"Thomas", u"Antoine", u"Maxime", u"Hugo", u"Louis", u"Arthur", u"Jules",
        u"Théo", u"Nathan", u"Lucas", u"Noah", u"Adrien", u"Benoît", u"François", u"Frédéric",
        u"Grégoire", u"Guillaume", u"Jérôme", u"Sébastien", u"Stéphane", u"Vincent", u"Xavier",
        u"Yves", u"Didier", u"Pascal", u"Thierry", u"Raphaël", u"Cédric", u"Loïc", u"Jean-Pierre",
        u"Jean-Marc", u"Marc", u"Luc", u"Damien", u"Bruno", u"Quentin", u"Romain", u"Arnaud",
        u"Marie", u"Sophie", u"Isabelle", u"Nathalie", u"Catherine", u"Valérie", u"Christine", u"Anne",
        u"Julie", u"Camille", u"Léa", u"Emma", u"Chloé", u"Manon", u"Louise", u"Alice", u"Juliette",
        u"Charlotte", u"Lucie", u"Zoé", u"Élise", u"Hélène", u"Céline", u"Aurélie", u"Mélanie",
        u"Stéphanie", u"Virginie", u"Sandrine", u"Françoise", u"Geneviève", u"Martine", u"Brigitte",
        u"Delphine", u"Laetitia", u"Gaëlle", u"Noémie", u"Margaux", u"Clémence", u"Amélie", u"Anaïs",
        u"Inès", u"Éloïse", u"Marie-Claire", u"Anne-Sophie", u"Pauline", u"Caroline",
    });
    t.familyNames = names({
        u"Dubois", u"Lambert", u"Dupont", u"Martin", u"Simon", u"Laurent", u"Leclercq", u"Lejeune",
        u"Renard", u"Dumont", u"Lemaire", u"Dufour", u"Leroy", u"François", u"Denis", u"Fontaine",
        u"Gilson", u"Collard", u"Mathieu", u"Hubert", u"Michel", u"Lecomte", u"Jacquet", u"Delvaux",
        u"Gérard", u"Marchal", u"Charlier", u"Henrard", u"Massart", u"Bastin", u"Remy", u"Piette",
        u"Noël", u"Thiry", u"Dethier", u"Maréchal", u"Lefèbvre", u"Lefebvre", u"Delhaye", u"Colin",
        u"Dumoulin", u"Poncelet", u"Servais", u"Goffin", u"Bertrand", u"Wilmotte", u"Georges",
        u"Legrand", u"Frère", u"Jacques", u"Bodart", u"Dewez", u"Bernard", u"Moreau", u"Dupuis",
        u"Lambotte", u"Materne", u"Pirard", u"Englebert", u"Gillet", u"Hardy", u"Lecocq", u"Masson",
        u"Renaud", u"Rousseau", u"Mertens", u"Janssens", u"Baudoux", u"Delcourt", u"Detry",
        u"Dufrasne", u"Durieux", u"Évrard", u"Flament", u"Hanquet", u"Jamar", u"Lhoist", u"Maes",
        u"Mottet", u"Nys", u"Paquet", u"Préat", u"Roland", u"Sohier", u"Stiévenart", u"Thomas",
        u"Tilmant", u"Vandenbroucke", u"Wery", u"Willame", u"Wathelet", u"Degrelle", u"Deprez",
        u"Dujardin", u"Hennuy", u"Leblanc", u"Lurquin", u"Mignolet", u"Pâquet", u"de Lannoy",
        u"de Ligne", u"Vanderlinden",
    });
    t.streets = texts({
        u"Rue de la Station", u"Rue de l'Église", u"Chaussée de Bruxelles", u"Rue Haute",
        u"Avenue Louise", u"Rue du Moulin", u"Place Saint-Lambert", u"Boulevard d'Avroy", u"Rue Neuve",
        u"Rue des Écoles", u"Avenue de la Gare", u"Rue de Namur", u"Rue du Marché", u"Rue Royale",
        u"Rue de la Loi", u"Avenue des Arts", u"Chaussée de Waterloo", u"Rue Saint-Gilles",
        u"Rue de Fer", u"Rue du Pont", u"Rue de la Paix", u"Rue des Champs", u"Rue du Château",
        u"Avenue des Tilleuls", u"Rue de la Croix", u"Rue Grande", u"Place du Marché",
        u"Rue Albert Ier", u"Boulevard Tirou", u"Rue de Mons", u"Rue des Carmes", u"Chaussée de Louvain",
        u"Rue Léopold", u"Avenue Reine Astrid", u"Rue de l'Industrie", u"Rue du Centre",
    });
    addCities(t, francophone, {
        {u"Bruxelles", "1000 1020 1030 1040 1050 1060 1070 1080 1081 1082 1083 1090 1120 1130 1140 "
                       "1150 1160 1170 1180 1190 1200 1210",
         "2", "2345678", 70},
        {u"Liège", "4000 4020 4030 4031 4032", "4", "23", 20},
        {u"Charleroi", "6000 6001 6010 6020 6030 6031 6032 6040 6041 6042 6043 6044 6060 6061", "71",
         "2345678", 20},
        {u"Namur", "5000 5001 5002 5003 5004 5020 5100 5101", "81", "2345678", 11},
        {u"Mons", "7000 7011 7012 7020 7021 7022 7024 7030 7031 7032 7033 7034", "65", "2345678", 10},
        {u"La Louvière", "7100 7110", "64", "2345678", 8},
        {u"Tournai", "7500 7501 7502 7503 7504 7506 7520 7521 7522 7530 7531 7532 7533 7534 7536 "
                     "7538 7540 7542 7543 7548",
         "69", "2345678", 7},
        {u"Verviers", "4800 4801 4802", "87", "2345678", 6},
        {u"Mouscron", "7700 7711 7712", "56", "2345678", 6},
        {u"Seraing", "4100 4101 4102", "4", "23", 6},
        {u"Wavre", "1300 1301", "10", "2345678", 3},
        {u"Nivelles", "1400 1401 1402", "67", "2345678", 3},
        {u"Ottignies-Louvain-la-Neuve", "1340 1341 1342 1348", "10", "2345678", 3},
        {u"Waterloo", "1410", "2", "2345678", 3},
        {u"Braine-l'Alleud", "1420 1421 1428", "2", "2345678", 4},
        {u"Arlon", "6700 6704 6706", "63", "2345678", 3},
        {u"Huy", "4500", "85", "2345678", 2},
        {u"Dinant", "5500", "82", "2345678", 1},
        {u"Spa", "4900", "87", "2345678", 1},
        {u"Herstal", "4040 4041 4042", "4", "23", 4},
        {u"Binche", "7130 7131 7133 7134", "64", "2345678", 3},
        {u"Ath", "7800", "68", "2345678", 3},
        {u"Gembloux", "5030", "81", "2345678", 3},
        {u"Bastogne", "6600", "61", "2345678", 2},
        {u"Marche-en-Famenne", "6900", "84", "2345678", 2},
        {u"Waremme", "4300", "19", "2345678", 1},
    });
    t.tradesBefore = texts({
        u"Boulangerie", u"Boucherie", u"Garage", u"Brasserie", u"Pharmacie", u"Fleurs", u"Menuiserie",
        u"Fiduciaire", u"Salon", u"Imprimerie", u"Librairie", u"Cabinet", u"Agence immobilière",
        u"Pâtisserie", u"Fromagerie", u"Traiteur",
    });
    t.tradesAfter = texts({
        u"Construction", u"Rénovation", u"Électricité", u"Transports", u"Immobilier", u"Conseil",
        u"Toitures", u"Chauffage", u"Informatique", u"Assurances", u"Menuiserie", u"Sanitaire",
        u"Jardins", u"Logistique", u"Carrelages", u"Peinture",
    });
    t.associations = texts({
        u"Cercle", u"Harmonie", u"Club sportif", u"Amicale", u"Fanfare", u"Chorale", u"Maison de jeunes",
    });
    t.associationNames = texts({
        u"La Concorde", u"L'Union", u"Les Amis Réunis", u"Sainte-Cécile", u"L'Avenir", u"La Renaissance",
        u"Olympic", u"L'Espérance", u"Saint-Martin", u"La Fraternité", u"Royale Union", u"Les Joyeux",
    });
    t.infoMailboxes = texts({u"info", u"info", u"contact", u"contact"});
    t.altMailboxes = texts({u"sales", u"ventes", u"comptabilite", u"facturation", u"devis"});
    return t;
}

// ---------------------------------------------------------------------------------------------
// Norway

const RawCommunity norwegian{u"NO", u"nb", "47", 8};

CommunityTables makeNorwegian()
{
    CommunityTables t = start(norwegian);
    t.givenNames = names({
        u"Ole", u"Lars", u"Jan", u"Per", u"Bjørn", u"Knut", u"Kjell", u"Arne", u"Svein", u"Terje",
        u"Geir", u"Tor", u"Rune", u"Trond", u"Odd", u"Hans", u"Morten", u"Anders", u"Espen", u"Øyvind",
        u"Eirik", u"Håkon", u"Magnus", u"Sindre", u"Henrik", u"Jonas", u"Mathias", u"Kristian",
        u"Martin", u"Andreas", u"Thomas", u"Fredrik", u"Sigurd", u"Vegard", u"Sondre", u"Aksel",
        u"Emil", u"Filip", u"Jakob", u"Oskar", u"Isak", u"Torbjørn", u"Halvor", u"Ståle", u"Gunnar",
        u"Ivar", u"Jørgen", u"Nils", u"Steinar", u"Åge", u"Ørjan", u"Bård", u"Pål", u"Sverre", u"Eivind",
        u"Anne", u"Inger", u"Kari", u"Marit", u"Ingrid", u"Liv", u"Eva", u"Berit", u"Astrid", u"Bjørg",
        u"Hilde", u"Solveig", u"Randi", u"Anita", u"Silje", u"Ingeborg", u"Nora", u"Emma", u"Sara",
        u"Ida", u"Thea", u"Maja", u"Ingvild", u"Sigrid", u"Tone", u"Tove", u"Guro", u"Kristin",
        u"Hanne", u"Camilla", u"Marthe", u"Kjersti", u"Siri", u"Åse", u"Gro", u"Ragnhild", u"Elin",
        u"Line", u"Mari", u"Linnea", u"Frida", u"Vilde", u"Ane", u"Hedda", u"Tuva", u"Synnøve",
        u"Mette", u"Bente", u"Heidi", u"Åshild", u"Sølvi", u"Brit",
    });
    t.familyNames = names({
        u"Hansen", u"Johansen", u"Olsen", u"Larsen", u"Andersen", u"Pedersen", u"Nilsen",
        u"Kristiansen", u"Jensen", u"Karlsen", u"Johnsen", u"Pettersen", u"Eriksen", u"Berg",
        u"Haugen", u"Hagen", u"Johannessen", u"Andreassen", u"Jacobsen", u"Dahl", u"Jørgensen",
        u"Halvorsen", u"Henriksen", u"Lund", u"Sørensen", u"Jakobsen", u"Moen", u"Gundersen",
        u"Iversen", u"Strand", u"Solberg", u"Svendsen", u"Eide", u"Knutsen", u"Martinsen", u"Paulsen",
        u"Bakken", u"Kristoffersen", u"Mathisen", u"Lie", u"Amundsen", u"Rasmussen", u"Solheim",
        u"Berge", u"Moe", u"Nygård", u"Bakke", u"Kristensen", u"Fredriksen", u"Holm", u"Lien",
        u"Hauge", u"Christensen", u"Andresen", u"Nielsen", u"Knudsen", u"Evensen", u"Sæther", u"Aas",
        u"Myhre", u"Hanssen", u"Haugland", u"Thomassen", u"Sivertsen", u"Simonsen", u"Danielsen",
        u"Berntsen", u"Sandvik", u"Rønning", u"Arnesen", u"Antonsen", u"Næss", u"Vik", u"Haug",
        u"Ellingsen", u"Thorsen", u"Edvardsen", u"Birkeland", u"Isaksen", u"Gulbrandsen", u"Ruud",
        u"Aasen", u"Strøm", u"Myklebust", u"Tangen", u"Ødegård", u"Åsheim", u"Nordvik", u"Lunde",
        u"Solli", u"Tveit", u"Fjeld", u"Brekke", u"Hovland", u"Sletten", u"Kvamme", u"Nordby", u"Aune",
        u"Løken", u"Bøe", u"Våge", u"Røed", u"Sørlie", u"Engen", u"Hoff", u"Torgersen", u"Stene",
        u"Østby", u"Fossum", u"Wold", u"Ås", u"Skjælaaen", u"Græsdal",
    });
    t.streets = texts({
        u"Storgata", u"Kirkeveien", u"Skolegata", u"Kongens gate", u"Dronningens gate",
        u"Prinsens gate", u"Parkveien", u"Strandveien", u"Bygdøy allé", u"Thorvald Meyers gate",
        u"Markveien", u"Torggata", u"Nygårdsgaten", u"Olav Tryggvasons gate", u"Kirkegata",
        u"Skoleveien", u"Stasjonsveien", u"Fjordveien", u"Bjørkeveien", u"Granveien", u"Furuveien",
        u"Løkkeveien", u"Sandviksveien", u"Munkegata", u"Haakon VIIs gate", u"Elvegata", u"Sjøgata",
        u"Havnegata", u"Nedre Slottsgate", u"Øvre Slottsgate", u"Trondheimsveien", u"Ringveien",
        u"Solbakken", u"Bakkeveien", u"Åsveien", u"Bekkeveien", u"Industriveien", u"Nordre gate",
        u"Søndre gate", u"Tollbugata", u"Rådhusgata", u"Lillevollveien",
    });
    addCities(t, norwegian, {
        {u"Oslo", "0150-0198 0250-0287 0350-0383 0450-0492 0550-0598 0650-0694 0751-0791 0850-0884 "
                  "0950-0988 1150-1189 1250-1295",
         "2", "1234", 70},
        {u"Bergen", "5003-5059 5063-5098", "5", "5", 29},
        {u"Trondheim", "7010-7099", "7", "3", 21},
        {u"Stavanger", "4005-4049", "5", "1", 15},
        {u"Drammen", "3011-3048", "3", "2", 10},
        {u"Fredrikstad", "1601-1639", "6", "9", 8},
        {u"Kristiansand", "4610-4639", "3", "8", 11},
        {u"Sandnes", "4306-4329", "5", "1", 8},
        {u"Tromsø", "9006-9020", "7", "7", 8},
        {u"Sarpsborg", "1701-1747", "6", "9", 6},
        {u"Skien", "3701-3739", "3", "5", 6},
        {u"Ålesund", "6002-6025", "7", "0", 6},
        {u"Sandefjord", "3201-3240", "3", "3", 6},
        {u"Haugesund", "5501-5538", "5", "2", 4},
        {u"Tønsberg", "3110-3128", "3", "3", 5},
        {u"Moss", "1511-1539", "6", "9", 5},
        {u"Porsgrunn", "3901-3948", "3", "5", 4},
        {u"Bodø", "8001-8050", "7", "5", 5},
        {u"Arendal", "4801-4848", "3", "7", 4},
        {u"Hamar", "2301-2326", "6", "2", 3},
        {u"Larvik", "3256-3296", "3", "3", 4},
        {u"Halden", "1760-1798", "6", "9", 3},
        {u"Lillehammer", "2601-2636", "6", "1", 3},
        {u"Molde", "6401-6422", "7", "1", 3},
        {u"Kongsberg", "3601-3618", "3", "2", 3},
        {u"Gjøvik", "2801-2836", "6", "1", 3},
        {u"Harstad", "9401-9419", "7", "7", 2},
        {u"Lillestrøm", "2000-2014", "6", "3", 4},
        {u"Sandvika", "1300-1369", "6", "7", 6},
        {u"Asker", "1370-1397", "6", "6", 5},
        {u"Narvik", "8501-8523", "7", "6", 2},
        {u"Alta", "9501-9518", "7", "8", 2},
        {u"Steinkjer", "7702-7725", "7", "4", 2},
        {u"Kristiansund", "6501-6530", "7", "1", 2},
        {u"Jessheim", "2050-2069", "6", "3", 2},
    });
    t.tradesBefore = texts({
        u"Advokatfirma", u"Tannlege", u"Frisør", u"Rørlegger", u"Elektriker", u"Bakeri", u"Kafé",
        u"Blomster", u"Regnskapskontor", u"Fysioterapeut",
    });
    t.tradesAfter = texts({
        u"Bygg", u"Regnskap", u"Elektro", u"Rør", u"Transport", u"Eiendom", u"Maskin", u"Consulting",
        u"Snekkeri", u"Maling", u"Entreprenør", u"Anlegg", u"Sjømat", u"Data", u"Revisjon", u"Bakeri",
        u"Tak", u"Ventilasjon", u"Kjøkken", u"Bilverksted", u"Gartneri", u"Fisk",
    });
    t.associations = texts({
        u"Idrettslag", u"Musikkorps", u"Velforening", u"Sportsklubb", u"Seilforening", u"Skiklubb",
        u"Sjakklubb", u"Turlag",
    });
    t.associationNames = texts({
        u"Fram", u"Ørn", u"Nordlys", u"Viking", u"Frigg", u"Brage", u"Heimdal", u"Tor", u"Storm",
        u"Freidig", u"Fjellheim", u"Solstrand", u"Varden", u"Bjørkelia",
    });
    t.infoMailboxes = texts({u"post", u"post", u"firmapost", u"info"});
    t.altMailboxes = texts({u"salg", u"faktura", u"regnskap", u"sales", u"ordre"});
    return t;
}

const std::vector<QString> &notes()
{
    static const std::vector<QString> list = texts({
        u"Prefers to be contacted by e-mail.",
        u"Prefers a phone call over e-mail.",
        u"Asked for a quote; follow up after the summer.",
        u"Met at the regional trade fair; interested in the annual plan.",
        u"Decision maker for IT purchases.",
        u"Only available on Tuesdays and Thursdays.",
        u"Call back after the holidays.",
        u"Interested in the annual subscription.",
        u"Migrated from the old address book; details not yet checked.",
        u"Complained about a late delivery in spring; resolved with a discount.",
        u"Send invoices to the finance department, not to this contact.",
        u"Wants a demo for the whole team.",
        u"Referred by an existing customer.",
        u"Budget approval expected next quarter.",
        u"Do not call before 10:00.",
        u"Speaks English in meetings.",
        u"Contract renewal due in the spring.",
        u"Unsubscribed from the newsletter but still wants the invoices by post.",
        u"Visited the showroom twice; price sensitive.",
        u"Asked to be removed from cold-call lists.",
        u"Key contact for the framework agreement.",
        u"New purchasing manager since January.",
        u"Pays invoices late; check before extending credit.",
        u"Very happy with the service; willing to act as a reference.",
        u"Requested a call back about volume discounts.",
        u"On parental leave until further notice; contact a colleague meanwhile.",
        u"Prefers meetings at their own office.",
        u"Attended the webinar on the new release.",
        u"Interested in a pilot project for two locations.",
        u"Switched from a competitor last year.",
        u"Asked for the terms and conditions in writing.",
        u"Runs the company together with a partner.",
        u"Seasonal business; quiet in the winter months.",
        u"Wants quarterly review meetings.",
        u"Has a second location that may need a separate account.",
        u"Not interested at the moment; try again next year.",
        u"Won a tender with our help; good relationship.",
        u"Needs the invoice reference on every order.",
        u"Follow up on the open quote.",
        u"Prefers communication in English.",
    });
    return list;
}

// The one table of all communities, built on first use.
const std::vector<CommunityTables> &allTables()
{
    static const std::vector<CommunityTables> tables = [] {
        std::vector<CommunityTables> t;
        t.reserve(CommunityCount);
        t.push_back(makeDutch());
        t.push_back(makeFlemish());
        t.push_back(makeFrancophone());
        t.push_back(makeNorwegian());
        return t;
    }();
    return tables;
}

// Appends the ASCII form of one lower-case character; false if it has none (punctuation, space).
bool appendFolded(QString &out, char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
        out.append(QChar(c));
        return true;
    }
    const char *folded = nullptr;
    switch (c) {
    case u'à': case u'á': case u'â': case u'ã': case u'ä': case u'å':
        folded = "a";
        break;
    case u'æ':
        folded = "ae";
        break;
    case u'ç':
        folded = "c";
        break;
    case u'è': case u'é': case u'ê': case u'ë':
        folded = "e";
        break;
    case u'ì': case u'í': case u'î': case u'ï':
        folded = "i";
        break;
    case u'ñ':
        folded = "n";
        break;
    case u'ò': case u'ó': case u'ô': case u'õ': case u'ö': case u'ø':
        folded = "o";
        break;
    case u'œ':
        folded = "oe";
        break;
    case u'ù': case u'ú': case u'û': case u'ü':
        folded = "u";
        break;
    case u'ý': case u'ÿ':
        folded = "y";
        break;
    case u'ß':
        folded = "ss";
        break;
    default:
        return false;
    }
    out.append(QLatin1String(folded));
    return true;
}

} // namespace

const CommunityTables &communityTables(Community community)
{
    return allTables()[std::size_t(community)];
}

std::span<const QString> noteTemplates()
{
    return notes();
}

QString foldForEmail(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (QChar ch : text) {
        const char16_t c = ch.toLower().unicode();
        if (!appendFolded(out, c) && c == u'-')
            out.append(QLatin1Char('-'));
    }
    return out;
}

QString foldForDomain(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    bool pendingHyphen = false;
    for (QChar ch : text) {
        const char16_t c = ch.toLower().unicode();
        if (c == u'\'') // "'s-Hertogenbosch", "Van 't Hof": the apostrophe joins, it does not separate
            continue;
        const qsizetype before = out.size();
        if (pendingHyphen && !out.isEmpty())
            out.append(QLatin1Char('-'));
        if (appendFolded(out, c)) {
            pendingHyphen = false;
        } else {
            out.truncate(before);
            pendingHyphen = true;
        }
    }
    return out;
}

} // namespace relatio::demo
