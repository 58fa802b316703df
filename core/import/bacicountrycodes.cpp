#include "import/bacicountrycodes.h"

#include "import/importtext.h"

#include "import/countrymatcher.h"
#include "io/csvreader.h"
#include "io/inputfile.h"

#include <QCoreApplication>
#include <QFile>

namespace herkomst {

namespace {

int columnOf(const QStringList &header, std::initializer_list<const char *> names)
{
    for (int i = 0; i < header.size(); ++i) {
        for (const char *name : names) {
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

bool BaciCountryCodes::load(const QString &path, CountryMatcher &partners, io::SourceError *error)
{
    mPath = path;
    mEntries.assign(maxCode, Entry{});
    const std::unique_ptr<QIODevice> file = io::InputFile::open(path, error);
    if (!file)
        return false;
    io::CsvReader::Options options;
    options.delimiter = ',';
    options.fileName = path;
    io::CsvReader reader(file.get(), options);
    QStringList fields;
    if (!reader.readRow(fields)) {
        *error = reader.status() == io::CsvReader::Status::Error
                     ? reader.error()
                     : io::SourceError{path, 1, 0, ImportText::tr("het bestand met BACI-landcodes is leeg")};
        return false;
    }
    const int codeColumn = columnOf(fields, {"country_code"});
    const int iso3Column = columnOf(fields, {"iso_3digit_alpha", "country_iso3"});
    const int nameColumn = columnOf(fields, {"country_name_abbreviation", "country_name"});
    const int fullColumn = columnOf(fields, {"country_name_full"});
    if (codeColumn < 0 || iso3Column < 0 || nameColumn < 0) {
        *error = {path, 1, 0,
                  ImportText::tr("kop met country_code, country_name(_abbreviation) en iso_3digit_alpha of "
                                 "country_iso3 verwacht (BACI-landcodes)")};
        return false;
    }
    while (reader.readRow(fields)) {
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue;
        bool ok = false;
        const int code = fields.value(codeColumn).trimmed().toInt(&ok);
        if (!ok || code < 0 || code >= maxCode) {
            *error = {path, reader.recordNumber(), codeColumn + 1,
                      ImportText::tr("landcode van 0 tot 999 verwacht, gevonden \"%1\"").arg(fields.value(codeColumn))};
            return false;
        }
        Entry &e = mEntries[size_t(code)];
        e.listed = true;
        e.name = fields.value(nameColumn).trimmed();
        // The ISO3 column, the code as a UN number, then the names: 490 "Other Asia, nes" is
        // Taiwan by the alias table, 697 "Europe EFTA, nes" a block. A code listed without a
        // country the registry knows is a block under "M49-<code>": its rows are never dropped.
        const QString iso3 = fields.value(iso3Column).trimmed();
        const QString number = QStringLiteral("M49-%1").arg(code);
        QStringList spellings;
        if (iso3.size() == 3 && iso3 != QLatin1String("N/A"))
            spellings << iso3;
        spellings << number;
        if (fullColumn >= 0)
            spellings << fields.value(fullColumn).trimmed();
        QByteArray partner;
        switch (partners.match(spellings, e.name, false, &partner)) {
        case CountryMatcher::Match::Country:
            e.iso3 = partner;
            break;
        case CountryMatcher::Match::Block:
            e.iso3 = partner;
            e.block = true;
            break;
        case CountryMatcher::Match::Total:
        case CountryMatcher::Match::Unmatched:
            partners.match({number}, e.name, true, &partner);
            e.iso3 = partner;
            e.block = true;
            break;
        }
    }
    if (reader.status() == io::CsvReader::Status::Error) {
        *error = reader.error();
        return false;
    }
    return true;
}

std::vector<int> BaciCountryCodes::codesFor(const QByteArray &iso3) const
{
    std::vector<int> codes;
    for (int code = 0; code < maxCode; ++code) {
        if (mEntries[size_t(code)].iso3 == iso3)
            codes.push_back(code);
    }
    return codes;
}

} // namespace herkomst
