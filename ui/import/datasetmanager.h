#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace herkomst {
class Store;
}

namespace herkomst::ui {

class AnalysisDocument;

// Bestand → Gegevenssets beheren…: the store's data sets with their provenance (files and
// checksums, import time, rows per reporter and year); rename, delete (after confirmation) and
// "gebruiken" to show one. Works on the document's store, or the default store under the demo.
class DataSetManager : public QDialog {
    Q_OBJECT

public:
    explicit DataSetManager(AnalysisDocument *document, QWidget *parent = nullptr);
    ~DataSetManager() override;

    QString storePath() const { return mStorePath; }
    QTableWidget *table() const { return mTable; }
    QString details() const;
    // Without dialogs (the buttons ask first); false with a Dutch *error.
    bool renameDataSet(qint64 id, const QString &name, QString *error);
    bool removeDataSet(qint64 id, QString *error);
    bool useDataSet(qint64 id, QString *error);
    qint64 selectedId() const;
    void selectDataSet(qint64 id);

private:
    void reload();
    void showDetails();
    void askRename();
    void askRemove();
    void useSelected();
    // After a change the document re-reads the store, keeping its selection where it still exists.
    bool refreshDocument(const QString &renamedFrom, const QString &renamedTo, QString *error);

    AnalysisDocument *mDocument;
    QString mStorePath;
    std::unique_ptr<Store> mStore;
    QLabel *mStoreLabel;
    QTableWidget *mTable;
    QTextBrowser *mDetails;
    QPushButton *mRename;
    QPushButton *mRemove;
    QPushButton *mUse;
};

} // namespace herkomst::ui
