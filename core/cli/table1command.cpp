#include "cli/table1command.h"

#include "export/table1table.h"

#include "cli/table1options.h"
#include "domain/numberformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace herkomst::cli {

namespace {

QString sideKey(EuSide side)
{
    switch (side) {
    case EuSide::IntraEu:
        return QStringLiteral("eu");
    case EuSide::ExtraEu:
        return QStringLiteral("non_eu");
    case EuSide::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonArray toJson(const std::vector<RankedPartner> &list, const PartnerComparison &comparison, bool services)
{
    QJsonArray array;
    const bool otherListShown = !(services ? comparison.goods : comparison.services).empty();
    for (const RankedPartner &p : list) {
        QJsonObject entry{
            {QStringLiteral("rank"), p.rank},
            {QStringLiteral("partner"), p.name},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("side"), sideKey(p.side)},
            {QStringLiteral("residual_group"), p.block},
            {QStringLiteral("in_other_list"),
             otherListShown ? QJsonValue(services ? comparison.inGoods(p) : comparison.inServices(p)) : QJsonValue()}};
        if (p.partial)
            entry.insert(QStringLiteral("lower_bound"), true);
        array.append(entry);
    }
    return array;
}

QString cell(const std::vector<RankedPartner> &list, size_t i, const PartnerComparison &comparison, bool services)
{
    if (i >= list.size())
        return QString();
    const RankedPartner &p = list[i];
    return QStringLiteral("%1 %2 %3")
        .arg(QString::number(p.rank).rightJustified(2),
             Table1Table::markedName(comparison, p, services).leftJustified(34),
             NumberFormat::decimal(p.value, 0).rightJustified(8));
}

void printTable(const PartnerComparison &comparison, QTextStream &out)
{
    out << Table1Command::tr("Tabel 1 Vergelijking tussen diensten- en goedereninvoer, %1 (%2, mln %3)")
               .arg(QString::number(comparison.year), comparison.label,
                    comparison.currency.toLower() == QLatin1String("eur") ? QStringLiteral("euro")
                                                                          : comparison.currency)
        << '\n';
    out << Table1Command::tr("Diensten").leftJustified(48) << Table1Command::tr("Goederen") << '\n';
    if (comparison.services.empty())
        out << Table1Command::tr("(geen dienstengegevens)") << '\n';
    const size_t rows = std::max(comparison.services.size(), comparison.goods.size());
    for (size_t i = 0; i < rows; ++i)
        out << cell(comparison.services, i, comparison, true).leftJustified(48)
            << cell(comparison.goods, i, comparison, false) << '\n';
    out << Table1Table::legend() << '\n' << comparison.sourceLine << '\n';
}

} // namespace

QString Table1Command::summary() const
{
    return tr("Tabel 1: de grootste partners voor diensten- en goedereninvoer naast elkaar.");
}

int Table1Command::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    Table1Options::addTo(parser);
    parser.addOption({QStringLiteral("json"), tr("Uitvoer als JSON.")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err))
        return *code;
    Table1Options options;
    QString error;
    if (!options.read(parser, &error)) {
        err << error << '\n';
        return UsageError;
    }
    PartnerComparison comparison;
    if (const int code = prepareTable1(options, comparison, err); code != Ok)
        return code;
    if (!parser.isSet(QStringLiteral("json"))) {
        printTable(comparison, out);
        return Ok;
    }
    const QJsonObject json{{QStringLiteral("label"), comparison.label},
                           {QStringLiteral("source"), comparison.sourceLine},
                           {QStringLiteral("reporter"), comparison.reporter},
                           {QStringLiteral("year"), comparison.year},
                           {QStringLiteral("unit"), QStringLiteral("mln %1").arg(comparison.currency)},
                           {QStringLiteral("services"), toJson(comparison.services, comparison, true)},
                           {QStringLiteral("goods"), toJson(comparison.goods, comparison, false)}};
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace herkomst::cli
