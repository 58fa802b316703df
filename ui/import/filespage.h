#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace herkomst::ui {

class ImportWizard;

// Step 1: the files (chosen or dropped) and their format, detected through the importer
// registry and open to correction; optionally the new data set's name.
class FilesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit FilesPage(ImportWizard *wizard);

    void setFiles(const QStringList &files);
    void addFiles(const QStringList &files);
    QStringList files() const;
    // Scores every registered importer on the files and selects the most confident.
    void detectFormat();
    QComboBox *formatCombo() const { return mFormat; }
    QLineEdit *nameEdit() const { return mName; }

    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeSelected();
    void formatChosen();
    void filesChanged();

    ImportWizard *mWizard;
    QListWidget *mList;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QComboBox *mFormat;
    QLabel *mFormatNote;
    QLineEdit *mName;
};

} // namespace herkomst::ui
