#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>

class QMenu;
class QWidget;

namespace herkomst::ui {

class AnalysisDocument;

// The window's file handling: new, open, save, save as, recent files, another store or the demo
// data, and the session remembered between runs. The document owns the file and whether it holds
// unsaved changes; this part asks the user (file dialogs, "save changes?") and remembers what to
// reopen: a saved analysis is reopened from its file, so discarded changes never come back under
// its name; an untitled analysis comes back as "Niet-opgeslagen analyse", marked unsaved.
class SessionHandler : public QObject {
    Q_OBJECT

public:
    // Why the analysis may be replaced: quitting keeps an untitled analysis as the next session.
    enum class Leaving { Quit, Replace };

    SessionHandler(AnalysisDocument *document, QMenu *recentMenu, std::function<QJsonObject()> viewState,
                   QWidget *window);

    // Reads and checks the file now and loads it in the background. False after showing why.
    bool openAnalysis(const QString &path);
    bool saveAnalysis(const QString &path);
    bool save(); // to the analysis's file, or Save as when it has none
    bool saveAs();
    void openAnalysisDialog();
    void newAnalysis();
    void openStoreDialog();
    void useDemo();
    // True when the analysis may go: nothing unsaved, or the user saved or discarded it.
    bool maybeSave(Leaving leaving);

    // The last file, else the remembered untitled session, else the demo data with the defaults.
    void restoreLastSession();
    // What restoreLastSession reopens, written to QSettings when the window closes.
    void rememberSession() const;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();

    AnalysisDocument *mDocument;
    QMenu *mRecentMenu;
    std::function<QJsonObject()> mViewState;
    QWidget *mWindow;
    QStringList mRecentFiles;
};

} // namespace herkomst::ui
