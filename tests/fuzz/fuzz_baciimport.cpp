// Fuzz target: the BACI importer (BaciYearParser on two threads, BaciCountryCodes,
// BaciProductCodes) on one year file. The release's code lists come from the parts
// "country_codes" and "product_codes" when the input has them, else from the short lists below
// (BACI's own codes: 528 is NLD, 490 "Other Asia, nes" has no ISO code).
#include "fuzzimport.h"

namespace {

const char *const countryCodes = "country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,"
                                 "iso_3digit_alpha\n"
                                 "4,Afghanistan,Afghanistan,AF,AFG\n"
                                 "156,China,China,CN,CHN\n"
                                 "251,France,France,FR,FRA\n"
                                 "276,Germany,Germany,DE,DEU\n"
                                 "490,\"Other Asia, nes\",\"Other Asia, not elsewhere specified\",N/A,N/A\n"
                                 "528,Netherlands,Netherlands,NL,NLD\n"
                                 "699,India,India,IN,IND\n"
                                 "710,South Africa,South Africa,ZA,ZAF\n"
                                 "842,USA,United States of America,US,USA\n";

const char *const productCodes = "\"code\",\"description\"\n"
                                 "\"10121\",\"Horses: live, pure-bred breeding animals\"\n"
                                 "\"300490\",\"Medicaments: n.e.c. in heading 3004\"\n"
                                 "\"851713\",\"Smartphones\"\n";

QString sideFile(const fuzz::Parts &parts, QByteArrayView name, const char *fallback)
{
    const QByteArray *given = parts.find(name);
    return fuzz::writeFile(QString::fromLatin1(name) + QStringLiteral("_V202301.csv"),
                           given ? QByteArrayView(*given) : QByteArrayView(fallback));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Parts parts(data, size);
    herkomst::ImportRequest request;
    request.files = {fuzz::writeFile(QStringLiteral("BACI_HS17_Y2020_V202301.csv"), parts.main())};
    request.countriesFile = sideFile(parts, "country_codes", countryCodes);
    request.productsFile = sideFile(parts, "product_codes", productCodes);
    fuzz::applyOptions(parts, request);
    fuzz::runImport(QStringLiteral("baci"), request);
    return 0;
}
