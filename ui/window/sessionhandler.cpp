#include "window/sessionhandler.h"

#include "document/analysisdocument.h"
#include "session/analysisstatejson.h"
#include "session/savedanalysis.h"
#include "store/store.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace herkomst::ui {

namespace {

constexpr int kMaxRecentFiles = 8;

const QString kFileKey = QStringLiteral("analysis/file");
const QString kStateKey = QStringLiteral("analysis/state");
const QString kStoreKey = QStringLiteral("analysis/store");
const QString kViewKey = QStringLiteral("analysis/view");
const QString kModifiedKey = QStringLiteral("analysis/modified");

QString analysisFolder()
{
    return QSettings()
        .value(QStringLiteral("analysisFolder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

// Herkomst 0.1 remembered the state flat, with "eu" for the EU composition; the rest of its
// fields are the saved file's, so it is read by the one reader after this renaming.
QJsonObject fromPreviousVersion(const QJsonObject &json)
{
    if (json.contains(QStringLiteral("selection")) || !json.contains(QStringLiteral("reporter")))
        return json;
    const QJsonObject selection{{QStringLiteral("dataSet"), json.value(QStringLiteral("dataSet"))},
                                {QStringLiteral("reporter"), json.value(QStringLiteral("reporter"))},
                                {QStringLiteral("year"), json.value(QStringLiteral("year"))},
                                {QStringLiteral("euComposition"), json.value(QStringLiteral("eu"))}};
    return QJsonObject{{QStringLiteral("selection"), selection},
                       {QStringLiteral("preset"), kCustomPresetKey},
                       {QStringLiteral("criteria"), json.value(QStringLiteral("criteria"))},
                       {QStringLiteral("industries"), json.value(QStringLiteral("industries"))}};
}

} // namespace

SessionHandler::SessionHandler(AnalysisDocument *document, QMenu *recentMenu, std::function<QJsonObject()> viewState,
                               QWidget *window)
    : QObject(window)
    , mDocument(document)
    , mRecentMenu(recentMenu)
    , mViewState(std::move(viewState))
    , mWindow(window)
    , mRecentFiles(QSettings().value(QStringLiteral("recentFiles")).toStringList())
{
    rebuildRecentMenu();
}

bool SessionHandler::openAnalysis(const QString &path)
{
    QString error;
    if (!mDocument->open(path, &error)) {
        emit errorOccurred(error);
        return false;
    }
    rememberRecent(path);
    return true;
}

bool SessionHandler::saveAnalysis(const QString &path)
{
    QString error;
    if (!mDocument->save(path, mViewState(), &error)) {
        emit errorOccurred(error);
        return false;
    }
    rememberRecent(path);
    emit statusMessage(tr("Analyse opgeslagen in %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool SessionHandler::save()
{
    return mDocument->fileName().isEmpty() ? saveAs() : saveAnalysis(mDocument->fileName());
}

bool SessionHandler::saveAs()
{
    const QString current = mDocument->fileName();
    const QString suggestion = current.isEmpty() ? analysisFolder() + QLatin1Char('/') + tr("analyse") +
                                                       QLatin1Char('.') + savedAnalysisSuffix()
                                                 : current;
    QString path = QFileDialog::getSaveFileName(mWindow, tr("Analyse opslaan"), suggestion, savedAnalysisFileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1Char('.') + savedAnalysisSuffix()))
        path += QLatin1Char('.') + savedAnalysisSuffix();
    QSettings().setValue(QStringLiteral("analysisFolder"), QFileInfo(path).absolutePath());
    return saveAnalysis(path);
}

void SessionHandler::openAnalysisDialog()
{
    if (!maybeSave(Leaving::Replace))
        return;
    const QString path =
        QFileDialog::getOpenFileName(mWindow, tr("Analyse openen"), analysisFolder(), savedAnalysisFileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("analysisFolder"), QFileInfo(path).absolutePath());
    openAnalysis(path);
}

void SessionHandler::newAnalysis()
{
    if (maybeSave(Leaving::Replace))
        mDocument->startNew();
}

bool SessionHandler::maybeSave(Leaving leaving)
{
    if (!mDocument->isModified())
        return true;
    const QString file = mDocument->fileName();
    if (file.isEmpty() && leaving == Leaving::Quit)
        return true; // kept: the next start shows it again, as unsaved
    const QString question =
        file.isEmpty() ? tr("De analyse is niet opgeslagen. Wilt u haar opslaan?")
                       : tr("De analyse %1 is gewijzigd. Wijzigingen opslaan?").arg(QFileInfo(file).fileName());
    const auto answer = QMessageBox::question(mWindow, tr("Herkomst"), question,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void SessionHandler::rememberRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    mRecentFiles.removeAll(absolute);
    mRecentFiles.prepend(absolute);
    while (mRecentFiles.size() > kMaxRecentFiles)
        mRecentFiles.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), mRecentFiles);
    rebuildRecentMenu();
}

void SessionHandler::rebuildRecentMenu()
{
    mRecentMenu->clear();
    for (int i = 0; i < mRecentFiles.size(); ++i) {
        const QString path = mRecentFiles[i];
        QAction *action = mRecentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave(Leaving::Replace))
                openAnalysis(path);
        });
    }
    mRecentMenu->setEnabled(!mRecentFiles.isEmpty());
}

void SessionHandler::openStoreDialog()
{
    const QString start = mDocument->isDemo() ? Store::defaultPath() : mDocument->storePath();
    const QString path = QFileDialog::getOpenFileName(mWindow, tr("Database openen"), QFileInfo(start).absolutePath(),
                                                      tr("Herkomst-database (*.sqlite *.db);;Alle bestanden (*)"));
    if (path.isEmpty())
        return;
    QString error;
    AnalysisState state = mDocument->state();
    state.selection.dataSet.clear();
    if (!mDocument->openStore(path, state, &error))
        emit errorOccurred(error);
}

void SessionHandler::useDemo()
{
    AnalysisState state = mDocument->state();
    state.selection = DataSelection{};
    mDocument->useDemoData(state);
}

void SessionHandler::restoreLastSession()
{
    QSettings settings;
    QString error;
    const QString file = settings.value(kFileKey).toString();
    if (!file.isEmpty()) {
        // A saved analysis comes back as its file says, never as it was left unsaved.
        if (!QFileInfo::exists(file))
            error = tr("het bestand bestaat niet meer");
        if (error.isEmpty() && mDocument->open(file, &error))
            return;
        emit statusMessage(tr("De vorige analyse %1 is niet te openen: %2").arg(QDir::toNativeSeparators(file), error),
                           15000);
        mDocument->startNew();
        return;
    }
    const QByteArray remembered = settings.value(kStateKey).toByteArray();
    if (remembered.isEmpty()) {
        mDocument->startNew(); // a first start
        return;
    }
    const std::optional<AnalysisState> state = AnalysisStateJson::read(
        fromPreviousVersion(QJsonDocument::fromJson(remembered).object()), tr("De vorige sessie"), &error);
    if (!state) {
        emit statusMessage(error, 15000);
        mDocument->startNew();
        return;
    }
    const QJsonObject view = QJsonDocument::fromJson(settings.value(kViewKey).toByteArray()).object();
    const bool modified = settings.value(kModifiedKey, true).toBool();
    const QString storePath = settings.value(kStoreKey).toString();
    if (mDocument->restoreSession(storePath, *state, view, modified, &error))
        return;
    emit statusMessage(
        tr("De vorige database %1 is niet te openen; de demodata worden getoond. %2").arg(storePath, error), 15000);
    mDocument->restoreSession({}, *state, view, modified, &error);
}

void SessionHandler::rememberSession() const
{
    QSettings settings;
    const QString file = mDocument->fileName();
    settings.setValue(kFileKey, file);
    if (!file.isEmpty()) {
        // Its file is the truth: what was not saved to it was discarded.
        for (const QString &key : {kStateKey, kStoreKey, kViewKey, kModifiedKey})
            settings.remove(key);
        return;
    }
    settings.setValue(kStoreKey, mDocument->storePath());
    settings.setValue(kStateKey,
                      QJsonDocument(AnalysisStateJson::toJson(mDocument->state())).toJson(QJsonDocument::Compact));
    settings.setValue(kViewKey, QJsonDocument(mViewState()).toJson(QJsonDocument::Compact));
    settings.setValue(kModifiedKey, mDocument->isModified());
}

} // namespace herkomst::ui
