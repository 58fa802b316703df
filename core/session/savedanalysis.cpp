#include "session/savedanalysis.h"

#include "demo/demodata.h"
#include "domain/preset.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <limits>

namespace herkomst {

namespace {

const QLatin1String kFormatTag("herkomst-analysis");
const QLatin1String kCustomPreset("custom");

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedAnalysis", text);
}

// Dutch wording for QJsonParseError, whose own errorString() is English.
QString parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return tr("object niet afgesloten (ontbreekt een '}'?)");
    case QJsonParseError::MissingNameSeparator:
        return tr("':' ontbreekt na een veldnaam");
    case QJsonParseError::UnterminatedArray:
        return tr("lijst niet afgesloten (ontbreekt een ']'?)");
    case QJsonParseError::MissingValueSeparator:
        return tr("',' ontbreekt tussen twee waarden");
    case QJsonParseError::IllegalValue:
        return tr("ongeldige waarde");
    case QJsonParseError::TerminationByNumber:
        return tr("het bestand houdt midden in een getal op");
    case QJsonParseError::IllegalNumber:
        return tr("ongeldig getal");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("ongeldige escape-reeks");
    case QJsonParseError::IllegalUTF8String:
        return tr("ongeldige UTF-8-tekst");
    case QJsonParseError::UnterminatedString:
        return tr("tekst niet afgesloten (ontbreekt een '\"'?)");
    case QJsonParseError::MissingObject:
        return tr("een object verwacht");
    case QJsonParseError::DeepNesting:
        return tr("te diep genest");
    case QJsonParseError::DocumentTooLarge:
        return tr("document te groot");
    case QJsonParseError::GarbageAtEnd:
        return tr("onverwachte tekens na het einde");
    case QJsonParseError::NoError:
        break;
    }
    return tr("onbekende fout");
}

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const QByteArrayView before(data.constData(), offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    const int column = int(QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size()) + 1;
    return {line, column};
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// ASCII rather than comparisonSymbol()'s "≥", so the file stays easy to edit by hand.
QString asciiSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Greater:
        return QStringLiteral(">");
    case Comparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case Comparison::Less:
        return QStringLiteral("<");
    case Comparison::LessOrEqual:
        return QStringLiteral("<=");
    }
    return {};
}

QJsonObject criterionToJson(const Criterion &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("step"), c.stepKey);
    o.insert(QStringLiteral("label"), c.label);
    o.insert(QStringLiteral("metric"), metricKey(c.metric));
    o.insert(QStringLiteral("comparison"), asciiSymbol(c.comparison));
    o.insert(QStringLiteral("threshold"), c.threshold);
    o.insert(QStringLiteral("enabled"), c.enabled);
    o.insert(QStringLiteral("yearWindow"), c.yearWindow);
    o.insert(QStringLiteral("minYearsHolding"), c.minYearsHolding);
    return o;
}

// Reads typed fields and names the first problem by its path in the file ("criteria[2].metric").
class FieldReader {
public:
    FieldReader(const QString &fileName, QString *error) : mFileName(fileName), mError(error) {}

    bool failed() const { return mFailed; }

    QJsonValue value(const QJsonObject &object, const QString &parent, const char *key, bool required)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() && required)
            fail(tr("veld \"%1\" ontbreekt").arg(path(parent, key)));
        return v;
    }

    QString string(const QJsonObject &object, const QString &parent, const char *key, bool required = true)
    {
        const QJsonValue v = value(object, parent, key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            wrongType(parent, key, tr("tekst"));
        return v.toString();
    }

    double number(const QJsonObject &object, const QString &parent, const char *key)
    {
        const QJsonValue v = value(object, parent, key, true);
        if (!v.isUndefined() && !v.isDouble())
            wrongType(parent, key, tr("getal"));
        return v.toDouble();
    }

    int integer(const QJsonObject &object, const QString &parent, const char *key, bool required, int fallback,
                int minimum, int maximum)
    {
        const QJsonValue v = value(object, parent, key, required);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d)) {
            wrongType(parent, key, tr("geheel getal"));
            return fallback;
        }
        if (d < minimum || d > maximum) {
            fail(tr("veld \"%1\" is %2, maar moet tussen %3 en %4 liggen")
                     .arg(path(parent, key))
                     .arg(d)
                     .arg(minimum)
                     .arg(maximum));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QJsonObject &object, const QString &parent, const char *key, bool required, bool fallback)
    {
        const QJsonValue v = value(object, parent, key, required);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            wrongType(parent, key, tr("true of false"));
        return v.toBool(fallback);
    }

    QJsonObject object(const QJsonObject &object, const QString &parent, const char *key, bool required = true)
    {
        const QJsonValue v = value(object, parent, key, required);
        if (!v.isUndefined() && !v.isObject())
            wrongType(parent, key, tr("object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &parent, const char *key, bool required = true)
    {
        const QJsonValue v = value(object, parent, key, required);
        if (!v.isUndefined() && !v.isArray())
            wrongType(parent, key, tr("lijst"));
        return v.toArray();
    }

    QStringList strings(const QJsonObject &object, const QString &parent, const char *key)
    {
        QStringList list;
        const QJsonArray items = array(object, parent, key, false);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].isString())
                fail(tr("veld \"%1[%2]\" moet tekst zijn").arg(path(parent, key)).arg(i));
            list << items[i].toString();
        }
        return list;
    }

    // Only the first problem is reported: it is the one to fix first.
    void fail(const QString &message)
    {
        if (mFailed)
            return;
        mFailed = true;
        if (mError)
            *mError = tr("%1 kan niet worden geopend: %2.").arg(mFileName, message);
    }

private:
    static QString path(const QString &parent, const char *key)
    {
        return parent.isEmpty() ? QLatin1String(key) : parent + QLatin1Char('.') + QLatin1String(key);
    }
    void wrongType(const QString &parent, const char *key, const QString &expected)
    {
        fail(tr("veld \"%1\" heeft het verkeerde type (verwacht: %2)").arg(path(parent, key), expected));
    }

    QString mFileName;
    QString *mError;
    bool mFailed = false;
};

std::optional<Criterion> readCriterion(FieldReader &reader, const QJsonObject &o, const QString &where)
{
    Criterion c;
    c.stepKey = reader.string(o, where, "step");
    c.label = reader.string(o, where, "label", false);
    const QString metric = reader.string(o, where, "metric");
    const QString comparison = reader.string(o, where, "comparison");
    c.threshold = reader.number(o, where, "threshold");
    c.enabled = reader.boolean(o, where, "enabled", true, true);
    c.yearWindow = reader.integer(o, where, "yearWindow", false, 1, 1, 50);
    c.minYearsHolding = reader.integer(o, where, "minYearsHolding", false, 1, 1, 50);
    if (reader.failed())
        return std::nullopt;
    if (const std::optional<Metric> m = metricFromKey(metric)) {
        c.metric = *m;
    } else {
        QStringList known;
        for (Metric each : allMetrics())
            known << metricKey(each);
        reader.fail(tr("onbekende maatstaf \"%1\" in %2 (bekend: %3); het bestand komt misschien uit een "
                       "nieuwere versie van Herkomst")
                        .arg(metric, where, known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (const std::optional<Comparison> cmp = comparisonFromSymbol(comparison)) {
        c.comparison = *cmp;
    } else {
        reader.fail(tr("onbekende vergelijking \"%1\" in %2 (gebruik >, >=, < of <=)").arg(comparison, where));
        return std::nullopt;
    }
    if (!std::isfinite(c.threshold)) {
        reader.fail(tr("drempel in %1 is geen eindig getal").arg(where));
        return std::nullopt;
    }
    if (c.minYearsHolding > c.yearWindow) {
        reader.fail(tr("in %1 is minYearsHolding (%2) groter dan yearWindow (%3)")
                        .arg(where)
                        .arg(c.minYearsHolding)
                        .arg(c.yearWindow));
        return std::nullopt;
    }
    return c;
}

const DataSetInfo *findDataSet(const std::vector<DataSetInfo> &sets, const QString &name)
{
    for (const DataSetInfo &info : sets) {
        if (name.isEmpty() ? sets.size() == 1 : info.name == name)
            return &info;
    }
    return nullptr;
}

QStringList checksums(const DataSetInfo &info)
{
    QStringList list;
    for (const DataSetFile &file : info.files)
        list << file.sha256;
    list.sort();
    return list;
}

} // namespace

QString savedAnalysisSuffix()
{
    return QStringLiteral("herkomst");
}

QString savedAnalysisMimeType()
{
    return QStringLiteral("application/x-herkomst-analysis");
}

QString savedAnalysisFileFilter()
{
    return tr("Herkomst-analyse (*.herkomst)");
}

bool writeSavedAnalysis(const SavedAnalysis &analysis, const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    for (const Criterion &c : analysis.criteria) {
        if (!std::isfinite(c.threshold)) {
            *error = tr("De drempel van %1 is geen eindig getal; de analyse is niet opgeslagen.").arg(c.displayLabel());
            return false;
        }
    }

    QJsonObject dataSet;
    dataSet.insert(QStringLiteral("store"), analysis.storePath);
    dataSet.insert(QStringLiteral("name"), analysis.dataSetName);
    dataSet.insert(QStringLiteral("source"), analysis.dataSetSource);
    dataSet.insert(QStringLiteral("synthetic"), analysis.synthetic);
    dataSet.insert(QStringLiteral("fileChecksums"), toJsonArray(analysis.fileChecksums));

    QJsonObject selection;
    selection.insert(QStringLiteral("dataSet"), analysis.selection.dataSet);
    selection.insert(QStringLiteral("reporter"), analysis.selection.reporter);
    selection.insert(QStringLiteral("year"), analysis.selection.year);
    selection.insert(QStringLiteral("euComposition"), euCompositionKey(analysis.selection.euComposition));

    QJsonArray criteria;
    for (const Criterion &c : analysis.criteria)
        criteria.append(criterionToJson(c));

    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatTag);
    // The version of the format, not of the program: readers refuse only what they cannot read.
    root.insert(QStringLiteral("formatVersion"), SavedAnalysis::kFormatVersion);
    const QString program = QCoreApplication::applicationName();
    if (!program.isEmpty())
        root.insert(QStringLiteral("savedBy"), program + QLatin1Char(' ') + QCoreApplication::applicationVersion());
    root.insert(QStringLiteral("dataSet"), dataSet);
    root.insert(QStringLiteral("selection"), selection);
    root.insert(QStringLiteral("preset"), analysis.presetKey.isEmpty() ? QString(kCustomPreset) : analysis.presetKey);
    root.insert(QStringLiteral("criteria"), criteria);
    root.insert(QStringLiteral("industries"), toJsonArray(analysis.industries));
    root.insert(QStringLiteral("view"), analysis.viewState);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<SavedAnalysis> readSavedAnalysis(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Kan %1 niet openen: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        *error = tr("%1 is geen geldig analysebestand (JSON): %2 op regel %3, kolom %4.")
                     .arg(path, parseErrorText(parseError.error))
                     .arg(line)
                     .arg(column);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormatTag) {
        *error = tr("%1 is geen Herkomst-analyse: het veld \"format\" met de waarde \"%2\" ontbreekt.")
                     .arg(path, kFormatTag);
        return std::nullopt;
    }

    FieldReader reader(path, error);
    SavedAnalysis analysis;
    analysis.formatVersion = reader.integer(root, {}, "formatVersion", true, 0, 1, std::numeric_limits<int>::max());
    if (reader.failed())
        return std::nullopt;
    if (analysis.formatVersion > SavedAnalysis::kFormatVersion) {
        *error = tr("%1 is gemaakt met een nieuwere versie van Herkomst (bestandsversie %2; deze versie leest "
                    "tot en met versie %3). Werk Herkomst bij om deze analyse te openen.")
                     .arg(path)
                     .arg(analysis.formatVersion)
                     .arg(SavedAnalysis::kFormatVersion);
        return std::nullopt;
    }

    const QString dataSetPath = QStringLiteral("dataSet");
    const QJsonObject dataSet = reader.object(root, {}, "dataSet");
    analysis.storePath = reader.string(dataSet, dataSetPath, "store");
    analysis.dataSetName = reader.string(dataSet, dataSetPath, "name");
    analysis.dataSetSource = reader.string(dataSet, dataSetPath, "source", false);
    analysis.synthetic = reader.boolean(dataSet, dataSetPath, "synthetic", false, false);
    analysis.fileChecksums = reader.strings(dataSet, dataSetPath, "fileChecksums");

    const QString selectionPath = QStringLiteral("selection");
    const QJsonObject selection = reader.object(root, {}, "selection");
    analysis.selection.dataSet = reader.string(selection, selectionPath, "dataSet", false);
    analysis.selection.reporter = reader.string(selection, selectionPath, "reporter");
    analysis.selection.year = reader.integer(selection, selectionPath, "year", true, 0, 0, 9999);
    const QString eu = reader.string(selection, selectionPath, "euComposition");
    analysis.presetKey = reader.string(root, {}, "preset");
    const QJsonArray criteria = reader.array(root, {}, "criteria");
    analysis.industries = reader.strings(root, {}, "industries");
    analysis.viewState = reader.object(root, {}, "view", false);
    if (reader.failed())
        return std::nullopt;

    if (const std::optional<EuComposition> composition = euCompositionFromKey(eu)) {
        analysis.selection.euComposition = *composition;
    } else {
        reader.fail(tr("onbekende EU-samenstelling \"%1\" (bekend: eu27_2020, eu28, year)").arg(eu));
        return std::nullopt;
    }
    if (analysis.presetKey != kCustomPreset && !findPreset(analysis.presetKey)) {
        QStringList known;
        for (const Preset &preset : builtInPresets())
            known << preset.key;
        known << kCustomPreset;
        reader.fail(
            tr("onbekende criteriaset \"%1\" (bekend: %2)").arg(analysis.presetKey, known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QString where = QStringLiteral("criteria[%1]").arg(i);
        if (!criteria[i].isObject()) {
            reader.fail(tr("veld \"%1\" moet een object zijn").arg(where));
            return std::nullopt;
        }
        std::optional<Criterion> criterion = readCriterion(reader, criteria[i].toObject(), where);
        if (!criterion)
            return std::nullopt;
        analysis.criteria.push_back(std::move(*criterion));
    }
    return analysis;
}

bool recordProvenance(SavedAnalysis &analysis, const Store *store, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!store) {
        analysis.storePath.clear();
        analysis.dataSetName = demo::dataSetName();
        analysis.dataSetSource = QStringLiteral("demo");
        analysis.fileChecksums.clear();
        analysis.synthetic = true;
        return true;
    }
    const std::vector<DataSetInfo> sets = store->dataSets();
    const DataSetInfo *info = findDataSet(sets, analysis.selection.dataSet);
    if (!info) {
        *error = tr("Gegevensset \"%1\" staat niet in de database %2.").arg(analysis.selection.dataSet, store->path());
        return false;
    }
    analysis.storePath = store->path();
    analysis.dataSetName = info->name;
    analysis.selection.dataSet = info->name; // pin the choice, even if more data sets arrive later
    analysis.dataSetSource = info->source;
    analysis.fileChecksums = checksums(*info);
    analysis.synthetic = info->synthetic;
    return true;
}

QString checkAgainstStore(const SavedAnalysis &analysis, const Store *store)
{
    if (analysis.storePath.isEmpty())
        return {}; // the embedded demo data is always there
    if (!store || !store->isOpen())
        return tr("Deze analyse hoort bij de database %1, maar er is geen database geopend.").arg(analysis.storePath);

    const QString name = analysis.dataSetName.isEmpty() ? analysis.selection.dataSet : analysis.dataSetName;
    const std::vector<DataSetInfo> sets = store->dataSets();
    const DataSetInfo *info = findDataSet(sets, name);
    QStringList saved = analysis.fileChecksums;
    saved.sort();
    if (!info) {
        // A renamed data set is still recognisable by its source files.
        for (const DataSetInfo &candidate : sets) {
            if (!saved.isEmpty() && checksums(candidate) == saved)
                return tr("Gegevensset \"%1\" staat niet in de database %2, maar \"%3\" heeft dezelfde bronbestanden; "
                          "is die hernoemd?")
                    .arg(name, store->path(), candidate.name);
        }
        return tr("Gegevensset \"%1\" staat niet in de database %2. Importeer de bronbestanden opnieuw of open "
                  "de database waarmee de analyse is gemaakt (%3).")
            .arg(name, store->path(), analysis.storePath);
    }
    if (checksums(*info) != saved)
        return tr("Gegevensset \"%1\" in de database %2 is niet meer dezelfde als bij het opslaan: de bronbestanden "
                  "verschillen (controlegetallen SHA-256). De cijfers kunnen afwijken.")
            .arg(name, store->path());
    if (analysis.selection.year != 0) {
        const bool present = std::any_of(info->slices.begin(), info->slices.end(), [&](const DataSetSlice &slice) {
            return slice.reporter == analysis.selection.reporter && slice.year == analysis.selection.year &&
                   slice.importRows > 0;
        });
        if (!present)
            return tr("Gegevensset \"%1\" heeft geen invoer van %2 in %3.")
                .arg(name, analysis.selection.reporter)
                .arg(analysis.selection.year);
    }
    return {};
}

} // namespace herkomst
