#include "cli/table1options.h"

#include "cli/clicommand.h"
#include "demo/letterreference.h"
#include "export/table1table.h"
#include "import/tradeperiod.h"
#include "session/dataselection.h"
#include "store/servicesstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace herkomst::cli {

namespace {

class Table1Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void Table1Options::addTo(QCommandLineParser &parser)
{
    addSourceOptions(parser);
    parser.addOption({QStringLiteral("top"), Table1Text::tr("Aantal partners per lijst (standaard 20)."),
                      Table1Text::tr("n"), QStringLiteral("20")});
}

void Table1Options::addSourceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("source"),
                      Table1Text::tr("letter (tabel 1 van de Kamerbrief, \"Kamerbrief 2021\") of data (standaard "
                                     "met --db of --goods-dataset)."),
                      Table1Text::tr("bron")});
    parser.addOption({QStringLiteral("db"), Table1Text::tr("Database (SQLite); zonder: de synthetische demodata."),
                      Table1Text::tr("bestand")});
    parser.addOption({QStringLiteral("goods-dataset"), Table1Text::tr("Gegevensset met de goedereninvoer."),
                      Table1Text::tr("naam")});
    parser.addOption({QStringLiteral("services-dataset"), Table1Text::tr("Gegevensset met de diensteninvoer."),
                      Table1Text::tr("naam")});
    parser.addOption({QStringLiteral("reporter"), Table1Text::tr("Rapporterend land (ISO3), standaard NLD."),
                      Table1Text::tr("iso3"), QStringLiteral("NLD")});
    parser.addOption({QStringLiteral("year"), Table1Text::tr("Jaar; standaard het laatste jaar in de gegevens."),
                      Table1Text::tr("jaar")});
}

bool Table1Options::read(const QCommandLineParser &parser, QString *error)
{
    storePath = parser.value(QStringLiteral("db"));
    goodsDataSet = parser.value(QStringLiteral("goods-dataset"));
    servicesDataSet = parser.value(QStringLiteral("services-dataset"));
    reporter = parser.value(QStringLiteral("reporter")).trimmed().toUpper();
    const bool dataChosen = !storePath.isEmpty() || !goodsDataSet.isEmpty() || !servicesDataSet.isEmpty();
    const QString source = parser.value(QStringLiteral("source"));
    if (source.isEmpty()) {
        letter = !dataChosen;
    } else if (source == QLatin1String("letter") || source == QLatin1String("data")) {
        letter = source == QLatin1String("letter");
    } else {
        *error = Table1Text::tr("--source kent letter en data, niet \"%1\".").arg(source);
        return false;
    }
    if (letter && (dataChosen || parser.isSet(QStringLiteral("year")))) {
        *error = Table1Text::tr("--source letter is de tabel van de Kamerbrief (2020); --db, --goods-dataset, "
                                "--services-dataset en --year horen bij --source data.");
        return false;
    }
    if (!servicesDataSet.isEmpty() && storePath.isEmpty()) {
        *error = Table1Text::tr("--services-dataset vraagt om --db: de demodata hebben geen diensten.");
        return false;
    }
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || !isTradeYear(year)) {
            *error =
                Table1Text::tr("--year verwacht een jaartal, niet \"%1\".").arg(parser.value(QStringLiteral("year")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1) {
            *error = Table1Text::tr("--top verwacht een positief geheel getal.");
            return false;
        }
    }
    return true;
}

int prepareTable1(const Table1Options &options, PartnerComparison &comparison, QTextStream &err)
{
    if (options.letter) {
        comparison = letterTable1().top(options.top);
        return Ok;
    }
    std::shared_ptr<Store> store;
    if (!options.storePath.isEmpty()) {
        if (!QFileInfo::exists(options.storePath)) {
            err << Table1Text::tr("Database %1 bestaat niet.").arg(options.storePath) << '\n';
            return DataError;
        }
        store = std::make_shared<Store>();
        StoreError storeError;
        if (!store->open(options.storePath, Store::Mode::ReadOnly, &storeError)) {
            err << storeError.message() << '\n';
            return DataError;
        }
    }
    DataSelection selection;
    selection.dataSet = options.goodsDataSet;
    if (store && selection.dataSet.isEmpty()) {
        // Services data sets hold no goods: the store's only goods data set needs no naming.
        QStringList goods;
        for (const DataSetInfo &info : store->dataSets()) {
            if (!holdsServices(*store, info.id))
                goods << info.name;
        }
        if (goods.size() > 1) {
            err << Table1Text::tr("De database bevat meerdere gegevenssets met goederen; kies er een met "
                                  "--goods-dataset: %1")
                       .arg(goods.join(QStringLiteral(", ")))
                << '\n';
            return UsageError;
        }
        selection.dataSet = goods.value(0);
    }
    selection.reporter = options.reporter;
    selection.year = options.year;
    QString error;
    const std::optional<StatisticsSet> goods = loadStatistics(store.get(), selection, 1, &error);
    if (!goods) {
        err << error << '\n';
        return DataError;
    }
    if (goods->primary.data->synthetic)
        err << Table1Text::tr("Let op: synthetische demodata, geen echte cijfers.") << '\n';
    comparison = goodsComparison(goods->primary, QString());
    if (!options.servicesDataSet.isEmpty()) {
        const std::optional<DataSetInfo> services = store->dataSet(options.servicesDataSet);
        if (!services || !holdsServices(*store, services->id)) {
            err << Table1Text::tr("Gegevensset \"%1\" bevat geen diensteninvoer; importeer die met import-services.")
                       .arg(options.servicesDataSet)
                << '\n';
            return DataError;
        }
        const std::optional<std::vector<ServicesValue>> values =
            loadServices(*store, services->id, comparison.reporter, comparison.year, &error);
        if (!values) {
            err << error << '\n';
            return DataError;
        }
        comparison.services = rankServices(*values);
        comparison.label = Table1Text::tr("%1 en %2").arg(services->name, comparison.label);
        comparison.sourceLine += QStringLiteral("; ") + Table1Text::tr("diensten: %1").arg(services->source);
    }
    comparison = comparison.top(options.top);
    return Ok;
}

} // namespace herkomst::cli
