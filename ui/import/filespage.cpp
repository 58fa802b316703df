#include "import/filespage.h"

#include "import/importwizard.h"

#include "import/importer.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

constexpr int detectThreshold = 30; // as importerregistry's detectImporter

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

FilesPage::FilesPage(ImportWizard *wizard) : mWizard(wizard)
{
    setTitle(tr("Bestanden kiezen"));
    setSubTitle(tr("Kies de bestanden met handelsgegevens, of sleep ze hierheen. Herkomst herkent het "
                   "formaat; klopt dat niet, kies het dan zelf."));
    setAcceptDrops(true);

    mList = new QListWidget;
    mList->setObjectName(QStringLiteral("fileList"));
    mList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mList->setAccessibleName(tr("Gekozen bestanden"));
    mAdd = new QPushButton(tr("Bestanden &toevoegen…"));
    mAdd->setObjectName(QStringLiteral("addFilesButton"));
    mRemove = new QPushButton(tr("&Verwijderen"));
    mRemove->setObjectName(QStringLiteral("removeFileButton"));
    connect(mAdd, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(mRemove, &QPushButton::clicked, this, &FilesPage::removeSelected);
    connect(mList, &QListWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mList->selectedItems().isEmpty()); });
    mRemove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    buttons->addStretch(1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mList, 1);
    fileRow->addLayout(buttons);

    mFormat = new QComboBox;
    mFormat->setObjectName(QStringLiteral("formatCombo"));
    connect(mFormat, &QComboBox::activated, this, &FilesPage::formatChosen);
    mFormatNote = new QLabel;
    mFormatNote->setWordWrap(true);
    mName = new QLineEdit;
    mName->setObjectName(QStringLiteral("dataSetName"));
    mName->setPlaceholderText(tr("automatisch, uit de naam van het eerste bestand"));
    connect(mName, &QLineEdit::textChanged, this, [this](const QString &text) { mWizard->setDataSetName(text); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Formaat:"), mFormat);
    form->addRow(QString(), mFormatNote);
    form->addRow(tr("&Naam van de gegevensset:"), mName);

    auto *layout = new QVBoxLayout(this);
    auto *filesLabel = new QLabel(tr("&Bestanden:"));
    filesLabel->setBuddy(mList);
    layout->addWidget(filesLabel);
    layout->addLayout(fileRow, 1);
    layout->addLayout(form);
    detectFormat();
}

void FilesPage::setFiles(const QStringList &files)
{
    mList->clear();
    addFiles(files);
}

void FilesPage::addFiles(const QStringList &files)
{
    const QStringList present = this->files();
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (present.contains(path))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), mList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    filesChanged();
}

QStringList FilesPage::files() const
{
    QStringList list;
    for (int i = 0; i < mList->count(); ++i)
        list << mList->item(i)->data(Qt::UserRole).toString();
    return list;
}

void FilesPage::chooseFiles()
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("importFolder"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .toString();
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Bestanden kiezen"), folder, tr("Handelsgegevens (*.csv *.xlsx *.txt);;Alle bestanden (*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(QStringLiteral("importFolder"), QFileInfo(chosen.first()).absolutePath());
    addFiles(chosen);
}

void FilesPage::removeSelected()
{
    qDeleteAll(mList->selectedItems());
    filesChanged();
}

void FilesPage::filesChanged()
{
    mWizard->setFileList(files());
    detectFormat();
}

void FilesPage::detectFormat()
{
    const QStringList list = files();
    const auto &importers = mWizard->importers();
    int best = -1;
    int bestScore = detectThreshold - 1;
    std::vector<int> scores;
    for (size_t i = 0; i < importers.size(); ++i) {
        scores.push_back(list.isEmpty() ? 0 : importers[i]->detect(list));
        if (scores.back() > bestScore) {
            bestScore = scores.back();
            best = int(i);
        }
    }
    mFormat->clear();
    if (best < 0)
        mFormat->addItem(tr("Kies een formaat…"), -1);
    for (size_t i = 0; i < importers.size(); ++i) {
        const QString label = scores[i] >= detectThreshold
                                  ? tr("%1 (herkend, %2 %)").arg(importers[i]->displayName()).arg(scores[i])
                                  : importers[i]->displayName();
        mFormat->addItem(label, int(i));
    }
    mFormat->setCurrentIndex(mFormat->findData(best));
    mWizard->setImporterIndex(best);
    if (list.isEmpty())
        mFormatNote->setText(tr("Nog geen bestanden gekozen."));
    else if (best < 0)
        mFormatNote->setText(tr("<b>Formaat niet herkend.</b> Kies het formaat hierboven; op de volgende pagina "
                                "kunt u aangeven wat elke kolom bevat."));
    else
        mFormatNote->setText(tr("Herkend als %1.").arg(importers[size_t(best)]->displayName()));
    emit completeChanged();
}

void FilesPage::formatChosen()
{
    const int index = mFormat->currentData().toInt();
    mWizard->setImporterIndex(index);
    if (index >= 0) {
        const int placeholder = mFormat->findData(-1);
        if (placeholder >= 0)
            mFormat->removeItem(placeholder);
        mFormatNote->setText(tr("Gekozen: %1.").arg(mWizard->importer()->displayName()));
    }
    emit completeChanged();
}

bool FilesPage::isComplete() const
{
    return mList->count() > 0 && mWizard->importer() != nullptr;
}

void FilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent *event)
{
    const QStringList dropped = localFiles(event->mimeData());
    if (dropped.isEmpty())
        return;
    addFiles(dropped);
    event->acceptProposedAction();
}

} // namespace herkomst::ui
