#include "import/mappingpage.h"

#include "import/countrycombo.h"
#include "import/fixedlayoutmatch.h"
#include "import/importwizard.h"
#include "import/servicesmapping.h"
#include "import/servicestablereader.h"

#include "import/countrymatcher.h"
#include "import/importer.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

constexpr int noYear = 1949; // the year spin box's "uit de gegevens"

QString columnLetters(int column)
{
    QString letters;
    for (int n = column; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(QLatin1Char('A').unicode() + (n - 1) % 26));
    return letters;
}

// The role a column has in the mapping; -1 for none.
int roleOf(const ColumnMapping &mapping, int column)
{
    for (int r = 0; r < columnRoleCount; ++r) {
        if (mapping.columns[size_t(r)] == column)
            return r;
    }
    return -1;
}

} // namespace

MappingPage::MappingPage(ImportWizard *wizard) : mWizard(wizard)
{
    setTitle(tr("Kolommen controleren"));
    setSubTitle(tr("Zo leest Herkomst de eerste regels. Klopt de kopregel of een kolom niet, kies dan hieronder "
                   "wat er staat; de gegevens zelf veranderen niet."));

    mFile = new QComboBox;
    mFile->setObjectName(QStringLiteral("mappingFileCombo"));
    mFileLabel = new QLabel(tr("&Bestand:"));
    mFileLabel->setBuddy(mFile);
    connect(mFile, &QComboBox::currentIndexChanged, this, &MappingPage::showFile);
    mSheet = new QComboBox;
    mSheet->setObjectName(QStringLiteral("sheetCombo"));
    mSheetLabel = new QLabel(tr("B&lad:"));
    mSheetLabel->setBuddy(mSheet);
    connect(mSheet, &QComboBox::activated, this, &MappingPage::sheetChosen);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFileLabel);
    fileRow->addWidget(mFile, 1);
    fileRow->addSpacing(12);
    fileRow->addWidget(mSheetLabel);
    fileRow->addWidget(mSheet, 1);

    mHeaderRow = new QSpinBox;
    mHeaderRow->setObjectName(QStringLiteral("headerRowSpin"));
    mHeaderRow->setSpecialValueText(tr("geen kopregel"));
    connect(mHeaderRow, &QSpinBox::valueChanged, this, &MappingPage::headerRowChanged);
    mUnit = new QComboBox;
    mUnit->setObjectName(QStringLiteral("unitCombo"));
    mUnit->setEditable(true);
    connect(mUnit, &QComboBox::currentTextChanged, this, &MappingPage::unitEdited);
    mYear = new QSpinBox;
    mYear->setObjectName(QStringLiteral("yearSpin"));
    mYear->setRange(noYear, 2099);
    mYear->setSpecialValueText(tr("uit de gegevens"));
    connect(mYear, &QSpinBox::valueChanged, this, [this](int year) {
        mWizard->setYear(year == noYear ? 0 : year);
        refreshStatus();
    });
    mReporter = new QComboBox;
    mReporter->setObjectName(QStringLiteral("reporterCombo"));
    mReporter->addItem(tr("standaard van het formaat (Nederland)"), QString());
    mReporter->addItem(tr("alle rapporterende landen"), QStringLiteral("ALL"));
    addCountryItems(mReporter);
    connect(mReporter, &QComboBox::currentIndexChanged, this,
            [this] { mWizard->setReporter(mReporter->currentData().toString()); });
    mReset = new QPushButton(tr("&Automatisch herkennen"));
    mReset->setObjectName(QStringLiteral("resetMappingButton"));
    mReset->setToolTip(tr("Uw aanpassingen voor dit bestand vergeten en de herkende indeling gebruiken"));
    connect(mReset, &QPushButton::clicked, this, &MappingPage::resetMapping);

    auto *layoutBox = new QGroupBox(tr("Indeling"));
    mForm = new QFormLayout(layoutBox);
    mForm->addRow(tr("&Kopregel:"), mHeaderRow);
    mForm->addRow(tr("&Eenheid van de waarden:"), mUnit);
    mForm->addRow(tr("&Jaar:"), mYear);
    mForm->addRow(tr("&Rapporterend land:"), mReporter);
    mForm->addRow(QString(), mReset);

    // A format with fixed columns (BACI, Comext, Comtrade) shows them instead of the choices.
    mFixedColumns = new QLabel;
    mFixedColumns->setObjectName(QStringLiteral("fixedColumns"));
    mFixedColumns->setWordWrap(true);
    mFixedColumns->setTextFormat(Qt::RichText);
    mFixedColumns->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mFixedBox = new QGroupBox(tr("Kolommen van dit formaat"));
    auto *fixedLayout = new QVBoxLayout(mFixedBox);
    fixedLayout->addWidget(mFixedColumns);

    auto *columnsBox = new QGroupBox(tr("Wat staat er in elke kolom?"));
    mColumnsBox = columnsBox;
    mColumnsWidget = new QWidget;
    mColumns = new QGridLayout(mColumnsWidget);
    mColumns->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(mColumnsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(4, 4, 4, 4);
    columnsLayout->addWidget(scroll);

    auto *top = new QHBoxLayout;
    top->addWidget(layoutBox, 1);
    top->addWidget(columnsBox, 1);
    top->addWidget(mFixedBox, 1);

    mTable = new QTableWidget;
    mTable->setObjectName(QStringLiteral("previewTable"));
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setAccessibleName(tr("Voorbeeld van de eerste regels"));
    mTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 6);

    mStatus = new QLabel;
    mStatus->setObjectName(QStringLiteral("mappingStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(top);
    layout->addWidget(mTable, 1);
    layout->addWidget(mStatus);
}

void MappingPage::initializePage()
{
    auto &files = mWizard->fileMappings();
    const QStringList paths = mWizard->files();
    // A services table has a layout of its own: detected again when the kind changes.
    const bool services = mWizard->importsServices();
    if (files.size() != size_t(paths.size()) ||
        std::any_of(files.begin(), files.end(), [&](const auto &file) { return file.services != services; })) {
        files.clear();
        for (const QString &path : paths) {
            ImportWizard::FileMapping file;
            file.preview = herkomst::previewTable(path);
            if (services)
                file.preview.mapping = ServicesMapping::detect(path);
            file.services = services;
            file.mapping = file.preview.mapping;
            files.push_back(std::move(file));
        }
    }
    mUpdating = true;
    mFile->clear();
    for (const QString &path : paths)
        mFile->addItem(QFileInfo(path).fileName(), path);
    mFile->setVisible(paths.size() > 1);
    mFileLabel->setVisible(paths.size() > 1);
    mUpdating = false;
    mCurrent = -1;
    showFile(0);
}

QStringList MappingPage::goodsUnits()
{
    return {QString(), tr("euro"), tr("x 1 000 euro"), tr("mln euro"), tr("USD"), tr("x 1 000 USD")};
}

QComboBox *MappingPage::roleCombo(int column) const
{
    return column >= 1 && column <= mRoleCombos.size() ? mRoleCombos[column - 1] : nullptr;
}

void MappingPage::showFile(int index)
{
    auto &files = mWizard->fileMappings();
    if (mUpdating || index < 0 || size_t(index) >= files.size())
        return;
    mCurrent = index;
    const ImportWizard::FileMapping &file = files[size_t(index)];
    mUpdating = true;
    mSheet->clear();
    mSheet->addItems(file.preview.sheets);
    mSheet->setCurrentIndex(file.preview.sheet);
    // A services table is read from its first sheet only.
    mSheet->setVisible(!file.preview.sheets.isEmpty() && !file.services);
    mSheetLabel->setVisible(mSheet->isVisibleTo(this));
    mUnit->clear();
    mUnit->addItems(file.services ? ServicesMapping::unitChoices() : goodsUnits());
    mUnit->lineEdit()->setPlaceholderText(file.services ? tr("niet vermeld (mln euro)") : tr("niet vermeld (euro)"));
    const qint64 lastRow = file.preview.rowNumbers.empty() ? 0 : file.preview.rowNumbers.back();
    mHeaderRow->setRange(0, int(std::max<qint64>(lastRow, file.mapping.headerRow)));
    mHeaderRow->setValue(int(file.mapping.headerRow));
    mUnit->setCurrentText(file.mapping.unitNote);
    mUpdating = false;
    showFixedLayout();
    rebuildColumns();
    refreshTable();
    refreshStatus();
}

FormatLayout MappingPage::formatLayout() const
{
    return mWizard->importer() ? mWizard->importer()->layout() : FormatLayout{};
}

void MappingPage::showFixedLayout()
{
    // The columns are the format's, not the user's: no header row, roles or unit to choose.
    const FormatLayout layout = formatLayout();
    const bool fixed = !layout.isEmpty();
    for (QWidget *field :
         {static_cast<QWidget *>(mHeaderRow), static_cast<QWidget *>(mUnit), static_cast<QWidget *>(mReset)})
        mForm->setRowVisible(field, !fixed);
    mColumnsBox->setVisible(!fixed);
    mFixedBox->setVisible(fixed);
    setSubTitle(fixed
                    ? tr("Zo leest Herkomst de eerste regels. Dit formaat heeft vaste kolommen; kies alleen het "
                         "jaar of het rapporterende land als u niet alles wilt inlezen.")
                    : tr("Zo leest Herkomst de eerste regels. Klopt de kopregel of een kolom niet, kies dan hieronder "
                         "wat er staat; de gegevens zelf veranderen niet."));
    if (!fixed)
        return;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const FormatLayout::Column &column : layout.columns)
        html += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>")
                    .arg(column.name.toHtmlEscaped(), column.meaning.toHtmlEscaped());
    html += QStringLiteral("</table><p>") + tr("Eenheid: %1.").arg(layout.unitNote.toHtmlEscaped());
    if (!layout.sideFiles.isEmpty())
        html += QLatin1Char(' ') + tr("Daarnaast leest het formaat %1.").arg(layout.sideFiles.toHtmlEscaped());
    mFixedColumns->setText(html + QStringLiteral("</p>"));
}

void MappingPage::sheetChosen(int sheet)
{
    if (mCurrent < 0)
        return;
    ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    file.preview = herkomst::previewTable(file.preview.file, sheet);
    if (!file.edited)
        file.mapping = file.preview.mapping;
    showFile(mCurrent);
}

void MappingPage::headerRowChanged(int row)
{
    if (mUpdating || mCurrent < 0)
        return;
    ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    file.edited = true;
    file.mapping.headerRow = row;
    file.mapping.columns = {};
    // The names in the chosen row decide the roles where they can; the rest the user picks.
    QStringList cells;
    for (size_t i = 0; i < file.preview.rowNumbers.size(); ++i) {
        if (file.preview.rowNumbers[i] == row)
            cells = file.preview.rows[i];
    }
    ColumnMapping detected;
    if (file.services) {
        if (const std::optional<ColumnMapping> layout = ServicesTableReader::detectLayout({cells}))
            file.mapping.columns = layout->columns;
    } else if (detected.detectHeader(cells, row)) {
        file.mapping.columns = detected.columns;
    } else {
        for (int c = 0; c < cells.size(); ++c) {
            if (const std::optional<ColumnRole> role = ColumnMapping::roleForHeader(cells[c]);
                role && !file.mapping.has(*role))
                file.mapping.setColumn(*role, c + 1);
        }
    }
    rebuildColumns();
    refreshTable();
    refreshStatus();
}

void MappingPage::roleChosen(int column, int roleIndex)
{
    if (mUpdating || mCurrent < 0)
        return;
    ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    file.edited = true;
    const int previous = roleOf(file.mapping, column);
    if (previous >= 0)
        file.mapping.columns[size_t(previous)] = 0;
    if (roleIndex >= 0)
        file.mapping.setColumn(ColumnRole(roleIndex), column); // one column per role
    if (file.mapping.headerRow == 0 && !file.preview.rowNumbers.empty()) {
        // A mapping needs a header row; the first row is the usual one.
        mUpdating = true;
        file.mapping.headerRow = file.preview.rowNumbers.front();
        mHeaderRow->setValue(int(file.mapping.headerRow));
        mUpdating = false;
        rebuildColumns();
    } else {
        // The combos stay (one of them is emitting this); only their choices follow the mapping.
        mUpdating = true;
        for (int c = 1; c <= mRoleCombos.size(); ++c)
            mRoleCombos[c - 1]->setCurrentIndex(mRoleCombos[c - 1]->findData(roleOf(file.mapping, c)));
        mUpdating = false;
    }
    refreshTable();
    refreshStatus();
}

void MappingPage::unitEdited(const QString &text)
{
    if (mUpdating || mCurrent < 0)
        return;
    ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    file.edited = true;
    if (file.services) {
        ServicesMapping::applyUnit(text, file.mapping);
        refreshStatus();
        return;
    }
    ColumnMapping unit;
    if (text.trimmed().isEmpty() || !unit.detectUnit(text)) {
        unit.unitNote.clear(); // a unit that cannot be read counts as "niet vermeld" (factor 1, euro)
    }
    file.mapping.unitFactor = unit.unitFactor;
    file.mapping.unitNote = unit.unitNote;
    file.mapping.currency = unit.currency;
    refreshStatus();
}

void MappingPage::resetMapping()
{
    if (mCurrent < 0)
        return;
    ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    file.mapping = file.preview.mapping;
    file.edited = false;
    showFile(mCurrent);
}

void MappingPage::rebuildColumns()
{
    for (QWidget *old : mColumnsWidget->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        old->hide();
        mColumns->removeWidget(old);
        old->deleteLater();
    }
    mRoleCombos.clear();
    if (mCurrent < 0)
        return;
    const ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    mUpdating = true;
    for (int c = 1; c <= file.preview.columnCount; ++c) {
        const QString name = file.mapping.headerRow > 0 ? file.preview.cell(file.mapping.headerRow, c) : QString();
        auto *label = new QLabel(name.isEmpty() ? tr("Kolom %1").arg(columnLetters(c))
                                                : tr("Kolom %1 “%2”").arg(columnLetters(c), name.left(40)));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("roleCombo%1").arg(c));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14); // "diensteninvoer", "invoerwaarde" whole
        combo->addItem(tr("negeren"), -1);
        if (file.services) {
            for (ColumnRole role : ServicesMapping::roles())
                combo->addItem(ServicesMapping::roleName(role), int(role));
        } else {
            for (int r = 0; r < columnRoleCount; ++r)
                combo->addItem(ColumnMapping::roleName(ColumnRole(r)), r);
        }
        combo->setCurrentIndex(combo->findData(roleOf(file.mapping, c)));
        label->setBuddy(combo);
        connect(combo, &QComboBox::activated, this, [this, c, combo] { roleChosen(c, combo->currentData().toInt()); });
        mColumns->addWidget(label, c - 1, 0);
        mColumns->addWidget(combo, c - 1, 1);
        mRoleCombos << combo;
    }
    mUpdating = false;
    // Tab order follows the columns, after the layout fields.
    QWidget *previous = mReset;
    for (QComboBox *combo : std::as_const(mRoleCombos)) {
        setTabOrder(previous, combo);
        previous = combo;
    }
}

void MappingPage::refreshTable()
{
    mTable->clear();
    mUnmatchedInPreview = 0;
    if (mCurrent < 0)
        return;
    const ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    const ColumnMapping &mapping = file.mapping;
    mTable->setColumnCount(file.preview.columnCount);
    mTable->setRowCount(int(file.preview.rows.size()));
    const FormatLayout layout = formatLayout();
    const FixedLayoutMatch fixed = FixedLayoutMatch::match(file.preview, layout);
    QStringList headers;
    for (int c = 1; c <= file.preview.columnCount; ++c) {
        if (!layout.isEmpty()) {
            // The format's own column under its name, with what it holds.
            const int known = size_t(c - 1) < fixed.columnOf.size() ? fixed.columnOf[size_t(c - 1)] : -1;
            headers << QStringLiteral("%1\n%2").arg(columnLetters(c), known >= 0 ? layout.columns[size_t(known)].meaning
                                                                                 : tr("(niet gelezen)"));
            continue;
        }
        const int role = roleOf(mapping, c);
        const QString roleText = role < 0        ? tr("(genegeerd)")
                                 : file.services ? ServicesMapping::roleName(ColumnRole(role))
                                                 : ColumnMapping::roleName(ColumnRole(role));
        headers << QStringLiteral("%1\n%2").arg(columnLetters(c), roleText);
    }
    mTable->setHorizontalHeaderLabels(headers);
    QStringList rowLabels;
    for (qint64 row : file.preview.rowNumbers)
        rowLabels << QString::number(row);
    mTable->setVerticalHeaderLabels(rowLabels);

    // Country cells are checked as the importer would: the registry, then remembered aliases.
    QString error;
    CountryMatcher countries(mWizard->aliasStore(&error));
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor headerBackground(0xdd, 0xe8, 0xf3);
    const QColor unmatchedBackground(0xf8, 0xd7, 0xda);
    QFont bold = mTable->font();
    bold.setBold(true);
    // Services: the first cell the import would refuse, as the preview's rows show it.
    io::SourceError servicesError;
    if (file.services && mapping.headerRow > 0)
        ServicesMapping::readPreview(file, mWizard->year(), &servicesError);
    for (int r = 0; r < int(file.preview.rows.size()); ++r) {
        const qint64 sourceRow = file.preview.rowNumbers[size_t(r)];
        const QStringList &cells = file.preview.rows[size_t(r)];
        for (int c = 1; c <= file.preview.columnCount; ++c) {
            auto *item = new QTableWidgetItem(c <= cells.size() ? cells[c - 1] : QString());
            const int role = layout.isEmpty() ? roleOf(mapping, c) : -1;
            const qint64 headerRow = layout.isEmpty() ? mapping.headerRow : fixed.headerRow;
            if (headerRow > 0 && sourceRow == headerRow) {
                item->setFont(bold);
                item->setBackground(headerBackground);
                item->setToolTip(tr("Kopregel"));
            } else if (!layout.isEmpty()) {
                // The format's own columns: what it reads stands out, the rest is muted.
                const bool read = size_t(c - 1) < fixed.columnOf.size() && fixed.columnOf[size_t(c - 1)] >= 0;
                if (!read || sourceRow < headerRow || headerRow == 0)
                    item->setForeground(muted);
            } else if (mapping.headerRow == 0 || sourceRow < mapping.headerRow || role < 0) {
                item->setForeground(muted);
            } else if (file.services) {
                // Services keep partners as printed: only totals stand out (skipped), and a bad cell.
                if (sourceRow == servicesError.row && c == servicesError.column) {
                    item->setBackground(unmatchedBackground);
                    item->setToolTip(servicesError.message);
                } else if (role == int(ColumnRole::Partner) && ServicesTableReader::isTotal(item->text())) {
                    item->setForeground(muted);
                    item->setToolTip(tr("Totaalregel: wordt overgeslagen"));
                }
            } else if ((role == int(ColumnRole::Partner) || role == int(ColumnRole::Reporter)) &&
                       !item->text().isEmpty()) {
                QByteArray iso3;
                switch (countries.match(item->text(), &iso3)) {
                case CountryMatcher::Match::Country:
                    item->setToolTip(tr("Herkend als %1").arg(QString::fromLatin1(iso3)));
                    break;
                case CountryMatcher::Match::Total:
                    item->setForeground(muted);
                    item->setToolTip(tr("Totaalregel: wordt overgeslagen"));
                    break;
                case CountryMatcher::Match::Block:
                    item->setToolTip(tr("Geen land (vertrouwelijk of niet gespecificeerd): telt mee in de invoer "
                                        "onder eigen naam, nooit als grootste leverancier"));
                    break;
                case CountryMatcher::Match::Unmatched:
                    ++mUnmatchedInPreview;
                    item->setBackground(unmatchedBackground);
                    item->setToolTip(tr("Land niet herkend; na het inlezen kunt u het koppelen"));
                    break;
                }
            }
            mTable->setItem(r, c - 1, item);
        }
    }
    mTable->resizeColumnsToContents();
    for (int c = 0; c < mTable->columnCount(); ++c)
        mTable->setColumnWidth(c, std::min(mTable->columnWidth(c), 320));
}

void MappingPage::refreshStatus()
{
    if (mCurrent < 0) {
        mStatus->clear();
        return;
    }
    const ImportWizard::FileMapping &file = mWizard->fileMappings()[size_t(mCurrent)];
    const ColumnMapping &mapping = file.mapping;
    QStringList lines;
    if (file.services) {
        mStatus->setText(ServicesMapping::previewStatus(file, mWizard->year(), mUnit->currentText()));
        return;
    }
    const FormatLayout layout = formatLayout();
    if (file.preview.ok() && !layout.isEmpty()) {
        fixedLayoutStatus(file, layout);
        return;
    }
    if (!file.preview.ok()) {
        lines << tr("<span style='color:#a00'><b>Kan het bestand niet lezen:</b> %1</span>")
                     .arg(file.preview.error.toString().toHtmlEscaped());
    } else if (mapping.headerRow == 0) {
        lines << tr("<b>Geen kopregel herkend.</b> Heeft het gekozen formaat vaste kolommen, ga dan verder; "
                    "anders: kies de kopregel en wat elke kolom bevat.");
    } else if (mapping.tableKind() == TableKind::Unknown) {
        lines << tr("<span style='color:#a00'><b>Nog geen bruikbare tabel.</b></span> Nodig is een kolom "
                    "<i>goederencode</i> met <i>land</i> en <i>invoerwaarde</i>, of met <i>uitvoerwaarde</i>, "
                    "<i>bedrijfstak</i> of <i>Herfindahl-index wereldmarkt</i>.");
    } else {
        lines << tr("Kop op regel %1; gelezen als <b>%2</b>.")
                     .arg(mapping.headerRow)
                     .arg(ColumnMapping::tableName(mapping.tableKind()));
    }
    if (!mapping.unitNote.isEmpty())
        lines << tr("Eenheid: %1 (%2).").arg(mapping.unitNote.toHtmlEscaped(), mapping.currency);
    else if (!mUnit->currentText().trimmed().isEmpty())
        lines << tr("<span style='color:#a00'>Eenheid “%1” niet herkend; gebruik bijvoorbeeld “x 1 000 euro”.</span>")
                     .arg(mUnit->currentText().toHtmlEscaped());
    if (mWizard->year() == 0 && !mapping.has(ColumnRole::Year)) {
        lines << (file.preview.titleYear ? tr("Jaar: %1 (uit de titel of de naam).").arg(file.preview.titleYear)
                                         : tr("<span style='color:#a00'>Geen jaar gevonden: kies het jaar.</span>"));
    }
    if (file.edited) {
        lines << (file.preview.sheets.size() > 1
                      ? tr("Uw indeling vervangt de herkenning, voor alle bladen van deze werkmap.")
                      : tr("Uw indeling vervangt de herkenning."));
    }
    if (mUnmatchedInPreview > 0)
        lines << (mUnmatchedInPreview == 1
                      ? tr("1 landnaam in het voorbeeld niet herkend (rood); na het inlezen kunt u hem koppelen.")
                      : tr("%1 landnamen in het voorbeeld niet herkend (rood); na het inlezen kunt u ze koppelen.")
                            .arg(mUnmatchedInPreview));
    mStatus->setText(lines.join(QLatin1String("<br>")));
}

void MappingPage::fixedLayoutStatus(const ImportWizard::FileMapping &file, const FormatLayout &layout)
{
    const FixedLayoutMatch fixed = FixedLayoutMatch::match(file.preview, layout);
    const QString format = mWizard->importer()->displayName().toHtmlEscaped();
    QStringList lines;
    if (fixed.isDataFile())
        lines << tr("Kop op regel %1: de kolommen van <b>%2</b>, zoals hierboven.").arg(fixed.headerRow).arg(format);
    else if (!layout.sideFiles.isEmpty())
        lines << tr("Geen gegevensbestand van %1 (kolommen %2 niet gevonden); %1 leest het mee als hulpbestand "
                    "wanneer het %3 is.")
                     .arg(format, fixed.missing.join(QStringLiteral(", ")).toHtmlEscaped(),
                          layout.sideFiles.toHtmlEscaped());
    else
        lines << tr("<span style='color:#a00'><b>De kolommen van %1 ontbreken:</b> %2.</span> Kies op de vorige "
                    "pagina een ander formaat.")
                     .arg(format, fixed.missing.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << (layout.unitNote.contains(layout.currency)
                  ? tr("Eenheid: %1.").arg(layout.unitNote.toHtmlEscaped())
                  : tr("Eenheid: %1 (%2).").arg(layout.unitNote.toHtmlEscaped(), layout.currency));
    if (mWizard->year() > 0)
        lines << tr("Alleen het jaar %1 wordt ingelezen.").arg(mWizard->year());
    mStatus->setText(lines.join(QLatin1String("<br>")));
}

bool MappingPage::fixedColumnsShown() const
{
    return mFixedBox->isVisible();
}

QString MappingPage::statusText() const
{
    return mStatus->text();
}

} // namespace herkomst::ui
