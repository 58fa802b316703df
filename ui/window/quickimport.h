#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace herkomst::ui {

class AnalysisDocument;

// File → Importeren… until the import wizard (issue 5) takes the action over: choose files, let
// core detect the format, import off the GUI thread with progress and Cancel into the open store
// (or the default store when the demo data is shown), then show the new data set. Core's
// importers do all the work; nothing is stored when they fail or are cancelled.
class QuickImport : public QObject {
    Q_OBJECT

public:
    QuickImport(AnalysisDocument *document, QWidget *parent);

    // Imports the files into the store at storePath; true when a data set was stored and shown.
    bool importFiles(const QStringList &files, const QString &storePath);
    // Without dialogs (tests, scripted use): the outcome is in lastMessage().
    void setInteractive(bool interactive) { mInteractive = interactive; }
    QString lastMessage() const { return mLastMessage; }
    // Asks for files first.
    void run();

private:
    void tell(bool problem, const QString &title, const QString &message);

    AnalysisDocument *mDocument;
    QWidget *mParent;
    bool mInteractive = true;
    QString mLastMessage;
};

} // namespace herkomst::ui
