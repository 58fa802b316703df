#include "countries/countryregistry.h"

#include "countries/eucomposition.h"
#include "countries/gettextcatalog.h"
#include "domain/numberformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herkomst {

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Resource %s is missing", qPrintable(path));
    return file.readAll();
}

} // namespace

std::vector<QStringList> readTable(const QString &resource)
{
    std::vector<QStringList> rows;
    for (const QByteArray &raw : readResource(resource).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            rows.push_back(line.split(QLatin1Char(';')));
    }
    return rows;
}

const CountryRegistry &CountryRegistry::instance()
{
    static const CountryRegistry registry;
    return registry;
}

CountryRegistry::CountryRegistry()
{
    GettextCatalog dutch;
    dutch.load(readResource(QStringLiteral(":/herkomst/iso-codes/iso_3166-1.nl.mo")));

    const QJsonArray entries =
        QJsonDocument::fromJson(readResource(QStringLiteral(":/herkomst/iso-codes/iso_3166-1.json")))
            .object()
            .value(QStringLiteral("3166-1"))
            .toArray();
    mCountries.reserve(size_t(entries.size()) + 16);
    std::vector<QStringList> officialNames;
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        Country c;
        c.iso3 = o.value(QStringLiteral("alpha_3")).toString();
        c.iso2 = o.value(QStringLiteral("alpha_2")).toString();
        c.numeric = o.value(QStringLiteral("numeric")).toString().toInt();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QString common = o.value(QStringLiteral("common_name")).toString();
        const QString official = o.value(QStringLiteral("official_name")).toString();
        c.nameEn = common.isEmpty() ? name : common;
        c.nameNl = dutch.translate(c.nameEn);
        mCountries.push_back(c);
        officialNames.push_back({name, official, dutch.translate(name), dutch.translate(official)});
    }
    // Places that trade without an ISO code of their own (Kosovo, Ceuta, Melilla, former
    // countries), with the sources of their codes in the table.
    for (const QStringList &fields : readTable(QStringLiteral(":/herkomst/countries/places-without-iso.csv"))) {
        mCountries.push_back({fields.value(0), QString(), 0, fields.value(1), fields.value(2), PartnerKind::Country});
        officialNames.push_back(fields.value(3).split(QLatin1Char('|'), Qt::SkipEmptyParts));
    }

    // The EU as one reporter: a reporter a data set may hold, never a partner.
    mCountries.push_back({euReporterCode(EuComposition::Eu27_2020), QString(), 0,
                          QStringLiteral("Europese Unie (EU27)"), QStringLiteral("European Union (EU27)"),
                          PartnerKind::Aggregate});
    mCountries.push_back({euReporterCode(EuComposition::Eu28), QString(), 0,
                          QStringLiteral("Europese Unie (EU28, met VK)"),
                          QStringLiteral("European Union (EU28, with the UK)"), PartnerKind::Aggregate});
    officialNames.resize(mCountries.size());

    for (int i = 0; i < int(mCountries.size()); ++i) {
        const Country &c = mCountries[size_t(i)];
        mByIso3.insert(c.iso3, i);
        if (c.numeric > 0)
            mByNumeric.insert(c.numeric, i);
    }

    // CBS spellings override the display names and add aliases.
    for (const QStringList &fields : readTable(QStringLiteral(":/herkomst/countries/cbs-country-names.csv"))) {
        const auto it = mByIso3.constFind(fields.value(0));
        if (it == mByIso3.constEnd())
            continue;
        Country &c = mCountries[size_t(*it)];
        if (!fields.value(1).isEmpty()) {
            officialNames[size_t(*it)].append(c.nameNl);
            c.nameNl = fields.value(1);
        }
        if (!fields.value(2).isEmpty()) {
            officialNames[size_t(*it)].append(c.nameEn);
            c.nameEn = fields.value(2);
        }
        for (const QString &alias : fields.value(3).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            officialNames[size_t(*it)].append(alias);
    }
    // Codes and names sources use for a country under another name (S19, "Other Asia, nes", EL).
    for (const QStringList &fields : readTable(QStringLiteral(":/herkomst/countries/partner-aliases.csv"))) {
        const auto it = mByIso3.constFind(fields.value(1));
        if (it != mByIso3.constEnd())
            officialNames[size_t(*it)].append(fields.value(0));
    }

    for (int i = 0; i < int(mCountries.size()); ++i) {
        const Country &c = mCountries[size_t(i)];
        addAlias(c.iso3, i);
        addAlias(c.iso2, i);
        addAlias(c.nameNl, i);
        addAlias(c.nameEn, i);
        for (const QString &alias : officialNames[size_t(i)])
            addAlias(alias, i);
    }
}

void CountryRegistry::addAlias(const QString &alias, int index)
{
    const QString key = normalise(alias);
    if (!key.isEmpty() && !mByAlias.contains(key))
        mByAlias.insert(key, index);
}

const Country *CountryRegistry::byIso3(const QString &iso3) const
{
    const auto it = mByIso3.constFind(iso3.toUpper());
    return it == mByIso3.constEnd() ? nullptr : &mCountries[size_t(*it)];
}

const Country *CountryRegistry::byNumeric(int numeric) const
{
    const auto it = mByNumeric.constFind(numeric);
    return it == mByNumeric.constEnd() ? nullptr : &mCountries[size_t(*it)];
}

const Country *CountryRegistry::find(const QString &nameOrCode) const
{
    const QString trimmed = nameOrCode.trimmed();
    bool isNumber = false;
    const int numeric = trimmed.toInt(&isNumber);
    if (isNumber)
        return byNumeric(numeric);
    const auto it = mByAlias.constFind(normalise(trimmed));
    return it == mByAlias.constEnd() ? nullptr : &mCountries[size_t(*it)];
}

QString CountryRegistry::name(const QString &iso3, const QString &language) const
{
    const Country *c = byIso3(iso3);
    if (!c)
        return iso3;
    const QString spoken = language.isEmpty() ? NumberFormat::language() : language;
    return spoken.startsWith(QLatin1String("en")) && !c->nameEn.isEmpty() ? c->nameEn : c->nameNl;
}

QString CountryRegistry::normalise(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += ch.toLower();
        } else {
            pendingSpace = true; // punctuation and spaces fold into one separator
        }
    }
    return out;
}

} // namespace herkomst
