#include "session/savedanalysis.h"

#include "demo/demodata.h"
#include "session/analysisstatejson.h"
#include "session/jsonfieldreader.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <limits>

namespace herkomst {

namespace {

const QLatin1String kFormatTag("herkomst-analysis");

// Dutch wording for QJsonParseError, whose own errorString() is English.
QString parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return SavedAnalysis::tr("object niet afgesloten (ontbreekt een '}'?)");
    case QJsonParseError::MissingNameSeparator:
        return SavedAnalysis::tr("':' ontbreekt na een veldnaam");
    case QJsonParseError::UnterminatedArray:
        return SavedAnalysis::tr("lijst niet afgesloten (ontbreekt een ']'?)");
    case QJsonParseError::MissingValueSeparator:
        return SavedAnalysis::tr("',' ontbreekt tussen twee waarden");
    case QJsonParseError::IllegalValue:
        return SavedAnalysis::tr("ongeldige waarde");
    case QJsonParseError::TerminationByNumber:
        return SavedAnalysis::tr("het bestand houdt midden in een getal op");
    case QJsonParseError::IllegalNumber:
        return SavedAnalysis::tr("ongeldig getal");
    case QJsonParseError::IllegalEscapeSequence:
        return SavedAnalysis::tr("ongeldige escape-reeks");
    case QJsonParseError::IllegalUTF8String:
        return SavedAnalysis::tr("ongeldige UTF-8-tekst");
    case QJsonParseError::UnterminatedString:
        return SavedAnalysis::tr("tekst niet afgesloten (ontbreekt een '\"'?)");
    case QJsonParseError::MissingObject:
        return SavedAnalysis::tr("een object verwacht");
    case QJsonParseError::DeepNesting:
        return SavedAnalysis::tr("te diep genest");
    case QJsonParseError::DocumentTooLarge:
        return SavedAnalysis::tr("document te groot");
    case QJsonParseError::GarbageAtEnd:
        return SavedAnalysis::tr("onverwachte tekens na het einde");
    case QJsonParseError::NoError:
        break;
    }
    return SavedAnalysis::tr("onbekende fout");
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
    return SavedAnalysis::tr("Herkomst-analyse (*.herkomst)");
}

bool writeSavedAnalysis(const SavedAnalysis &analysis, const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    for (const Criterion &c : analysis.state.criteria) {
        if (checkThreshold(c.metric, c.threshold) != ThresholdProblem::None) {
            const ThresholdDomain domain = thresholdDomain(c.metric);
            *error = SavedAnalysis::tr("De drempel van %1 (%2) ligt niet tussen %3 en %4; de analyse is niet "
                                       "opgeslagen.")
                         .arg(c.displayLabel())
                         .arg(c.threshold)
                         .arg(domain.lowest)
                         .arg(domain.highest);
            return false;
        }
    }

    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatTag);
    // The version of the format, not of the program: readers refuse only what they cannot read.
    root.insert(QStringLiteral("formatVersion"), SavedAnalysis::kFormatVersion);
    const QString program = QCoreApplication::applicationName();
    if (!program.isEmpty())
        root.insert(QStringLiteral("savedBy"), program + QLatin1Char(' ') + QCoreApplication::applicationVersion());
    root.insert(QStringLiteral("dataSet"),
                QJsonObject{{QStringLiteral("store"), analysis.storePath},
                            {QStringLiteral("name"), analysis.dataSetName},
                            {QStringLiteral("source"), analysis.dataSetSource},
                            {QStringLiteral("synthetic"), analysis.synthetic},
                            {QStringLiteral("fileChecksums"), QJsonArray::fromStringList(analysis.fileChecksums)}});
    AnalysisStateJson::write(analysis.state, root);
    root.insert(QStringLiteral("view"), analysis.viewState);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = SavedAnalysis::tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = SavedAnalysis::tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
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
        *error = SavedAnalysis::tr("Kan %1 niet openen: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        *error = SavedAnalysis::tr("%1 is geen geldig analysebestand (JSON): %2 op regel %3, kolom %4.")
                     .arg(path, parseErrorText(parseError.error))
                     .arg(line)
                     .arg(column);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormatTag) {
        *error = SavedAnalysis::tr("%1 is geen Herkomst-analyse: het veld \"format\" met de waarde \"%2\" ontbreekt.")
                     .arg(path, kFormatTag);
        return std::nullopt;
    }

    JsonFieldReader reader(path, error);
    SavedAnalysis analysis;
    analysis.formatVersion = reader.integer(root, {}, "formatVersion", true, 0, 1, std::numeric_limits<int>::max());
    if (reader.failed())
        return std::nullopt;
    if (analysis.formatVersion > SavedAnalysis::kFormatVersion) {
        *error = SavedAnalysis::tr("%1 is gemaakt met een nieuwere versie van Herkomst (bestandsversie %2; deze "
                                   "versie leest tot en met versie %3). Werk Herkomst bij om deze analyse te openen.")
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
    analysis.viewState = reader.object(root, {}, "view", false);
    if (reader.failed())
        return std::nullopt;
    std::optional<AnalysisState> state = AnalysisStateJson::read(root, reader);
    if (!state)
        return std::nullopt;
    analysis.state = std::move(*state);
    analysis.presetKey = root.value(QStringLiteral("preset")).toString(); // checked by the state's reader
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
    const DataSetInfo *info = findDataSet(sets, analysis.state.selection.dataSet);
    if (!info) {
        *error = SavedAnalysis::tr("Gegevensset \"%1\" staat niet in de database %2.")
                     .arg(analysis.state.selection.dataSet, store->path());
        return false;
    }
    analysis.storePath = store->path();
    analysis.dataSetName = info->name;
    analysis.state.selection.dataSet = info->name; // pin the choice, even if more data sets arrive later
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
        return SavedAnalysis::tr("Deze analyse hoort bij de database %1, maar er is geen database geopend.")
            .arg(analysis.storePath);

    const QString name = analysis.dataSetName.isEmpty() ? analysis.state.selection.dataSet : analysis.dataSetName;
    const std::vector<DataSetInfo> sets = store->dataSets();
    const DataSetInfo *info = findDataSet(sets, name);
    QStringList saved = analysis.fileChecksums;
    saved.sort();
    if (!info) {
        // A renamed data set is still recognisable by its source files.
        for (const DataSetInfo &candidate : sets) {
            if (!saved.isEmpty() && checksums(candidate) == saved)
                return SavedAnalysis::tr(
                           "Gegevensset \"%1\" staat niet in de database %2, maar \"%3\" heeft dezelfde bronbestanden; "
                           "is die hernoemd?")
                    .arg(name, store->path(), candidate.name);
        }
        return SavedAnalysis::tr(
                   "Gegevensset \"%1\" staat niet in de database %2. Importeer de bronbestanden opnieuw of open "
                   "de database waarmee de analyse is gemaakt (%3).")
            .arg(name, store->path(), analysis.storePath);
    }
    if (checksums(*info) != saved)
        return SavedAnalysis::tr(
                   "Gegevensset \"%1\" in de database %2 is niet meer dezelfde als bij het opslaan: de bronbestanden "
                   "verschillen (controlegetallen SHA-256). De cijfers kunnen afwijken.")
            .arg(name, store->path());
    if (analysis.state.selection.year != 0) {
        const bool present = std::any_of(info->slices.begin(), info->slices.end(), [&](const DataSetSlice &slice) {
            return slice.reporter == analysis.state.selection.reporter && slice.year == analysis.state.selection.year &&
                   slice.importRows > 0;
        });
        if (!present)
            return SavedAnalysis::tr("Gegevensset \"%1\" heeft geen invoer van %2 in %3.")
                .arg(name, analysis.state.selection.reporter)
                .arg(analysis.state.selection.year);
    }
    return {};
}

} // namespace herkomst
