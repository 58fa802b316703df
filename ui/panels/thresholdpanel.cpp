#include "panels/thresholdpanel.h"

#include "countries/countryregistry.h"
#include "document/analysisdocument.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"
#include "domain/preset.h"
#include "panels/criterionrow.h"
#include "panels/persistenceeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

const EuComposition kCompositions[] = {EuComposition::Eu27_2020, EuComposition::Eu28, EuComposition::MembershipInYear};

bool sameShape(const std::vector<Criterion> &criteria, const std::vector<CriterionRow *> &rows)
{
    if (criteria.size() != rows.size())
        return false;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i]->metric() != criteria[i].metric)
            return false;
    }
    return true;
}

} // namespace

ThresholdPanel::ThresholdPanel(AnalysisDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mPresetGroup(new QGroupBox(this))
    , mPreset(new QComboBox(this))
    , mReset(new QPushButton(this))
    , mCriteriaGroup(new QGroupBox(this))
    , mRowsLayout(new QVBoxLayout)
    , mAddCriterion(new QPushButton(this))
    , mAddMenu(new QMenu(this))
    , mDataGroup(new QGroupBox(this))
    , mDataSetLabel(new QLabel(this))
    , mDataSet(new QComboBox(this))
    , mReporterLabel(new QLabel(this))
    , mReporter(new QComboBox(this))
    , mYearLabel(new QLabel(this))
    , mYear(new QComboBox(this))
    , mEuLabel(new QLabel(this))
    , mEu(new QComboBox(this))
    , mIndustryGroup(new QGroupBox(this))
    , mIndustries(new QListWidget(this))
    , mAllIndustries(new QPushButton(this))
{
    setObjectName(QStringLiteral("thresholdPanel"));
    mPreset->setObjectName(QStringLiteral("presetBox"));

    auto *presetLayout = new QVBoxLayout(mPresetGroup);
    presetLayout->addWidget(mPreset);
    presetLayout->addWidget(mReset, 0, Qt::AlignLeft);

    mRowsLayout->setContentsMargins(0, 0, 0, 0);
    mRowsLayout->setSpacing(2);
    auto *criteriaLayout = new QVBoxLayout(mCriteriaGroup);
    criteriaLayout->addLayout(mRowsLayout);
    mAddCriterion->setObjectName(QStringLiteral("addCriterionButton"));
    mAddCriterion->setMenu(mAddMenu);
    criteriaLayout->addWidget(mAddCriterion, 0, Qt::AlignLeft);

    auto *form = new QFormLayout(mDataGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(mDataSetLabel, mDataSet);
    form->addRow(mReporterLabel, mReporter);
    form->addRow(mYearLabel, mYear);
    form->addRow(mEuLabel, mEu);
    for (QLabel *label : {mDataSetLabel, mReporterLabel, mYearLabel, mEuLabel})
        label->setBuddy(label == mDataSetLabel    ? mDataSet
                        : label == mReporterLabel ? mReporter
                        : label == mYearLabel     ? mYear
                                                  : mEu);
    // Long data set and country names must not widen the dock: the boxes elide, and their
    // tooltip gives the whole choice (with what the box is for).
    for (QComboBox *box : {mPreset, mDataSet, mReporter, mYear, mEu}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8 + 30);
        connect(box, &QComboBox::currentTextChanged, this, [box] { updateComboTip(box); });
    }
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    mIndustries->setObjectName(QStringLiteral("industryList"));
    mIndustries->setUniformItemSizes(true);
    mIndustries->setMinimumHeight(120);
    auto *industryLayout = new QVBoxLayout(mIndustryGroup);
    industryLayout->addWidget(mIndustries, 1);
    industryLayout->addWidget(mAllIndustries, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(mPresetGroup);
    layout->addWidget(mCriteriaGroup);
    layout->addWidget(new PersistenceEditor(mDocument, this));
    layout->addWidget(mDataGroup);
    layout->addWidget(mIndustryGroup, 100);
    // Without industries (BACI, Comext) the groups keep their height; the rest stays empty below.
    layout->addStretch(1);

    connect(mPreset, &QComboBox::activated, this, [this](int index) {
        const QString key = mPreset->itemData(index).toString();
        if (key != kCustomPresetKey)
            mDocument->applyPreset(key);
    });
    connect(mAddMenu, &QMenu::triggered, this, [this](QAction *action) {
        mFocusRowAfterRebuild = int(mDocument->criteria().size());
        mDocument->addCriterion(Metric(action->data().toInt()));
    });
    connect(mReset, &QPushButton::clicked, mDocument, &AnalysisDocument::resetToDefaults);
    for (QComboBox *box : {mDataSet, mReporter, mYear, mEu})
        connect(box, &QComboBox::activated, this, &ThresholdPanel::selectionEdited);
    connect(mIndustries, &QListWidget::itemChanged, this, &ThresholdPanel::industriesEdited);
    connect(mAllIndustries, &QPushButton::clicked, this, [this] { mDocument->setIndustries({}); });
    connect(mDocument, &AnalysisDocument::analysisChanged, this, &ThresholdPanel::sync);
    connect(mDocument, &AnalysisDocument::sourceChanged, this, [this] {
        mSyncedGeneration = -1;
        sync();
    });
    // While statistics load the controls would edit a state about to be replaced; afterwards
    // they show what the document holds, also when the load failed or was cancelled.
    connect(mDocument, &AnalysisDocument::loadingChanged, this, [this](bool loading) {
        QWidget *focused = QApplication::focusWidget();
        if (loading)
            mFocusBeforeLoading = focused && isAncestorOf(focused) ? focused : nullptr;
        setEnabled(!loading);
        if (!loading) {
            mSyncedGeneration = -1;
            sync();
            // The keyboard goes back where it was, e.g. on the EU box the user just changed.
            if (mFocusBeforeLoading && mFocusBeforeLoading->isEnabled())
                mFocusBeforeLoading->setFocus(Qt::OtherFocusReason);
            mFocusBeforeLoading = nullptr;
        }
    });

    retranslate();
}

CriterionRow *ThresholdPanel::criterionRow(int index) const
{
    return index >= 0 && index < int(mRows.size()) ? mRows[size_t(index)] : nullptr;
}

void ThresholdPanel::rebuildRows()
{
    for (CriterionRow *row : mRows) {
        row->hide(); // gone at once, deleted once its own signal has returned
        row->deleteLater();
    }
    mRows.clear();
    const std::vector<Criterion> &criteria = mDocument->criteria();
    QWidget *previous = mReset;
    for (int i = 0; i < int(criteria.size()); ++i) {
        auto *row = new CriterionRow(i, mCriteriaGroup);
        mRowsLayout->addWidget(row);
        connect(row, &CriterionRow::thresholdChanged, mDocument, &AnalysisDocument::setThreshold);
        connect(row, &CriterionRow::enabledChanged, mDocument, &AnalysisDocument::setCriterionEnabled);
        connect(row, &CriterionRow::gestureFinished, mDocument, &AnalysisDocument::endThresholdGesture);
        connect(row, &CriterionRow::moveRequested, this, [this](int index, int offset) {
            mFocusRowAfterRebuild = index + offset;
            mDocument->moveCriterion(index, offset);
        });
        connect(row, &CriterionRow::removeRequested, this, [this](int index) {
            mFocusRowAfterRebuild = std::max(0, index - 1);
            mDocument->removeCriterion(index);
        });
        // Tab walks the rows top to bottom: box, slider, spin box, actions.
        setTabOrder(previous, row->enabledBox());
        setTabOrder(row->enabledBox(), row->slider());
        setTabOrder(row->slider(), row->spinBox());
        setTabOrder(row->spinBox(), row->actionsButton());
        previous = row->actionsButton();
        mRows.push_back(row);
    }
    setTabOrder(previous, mAddCriterion);
    setTabOrder(mAddCriterion, mDataSet);
}

void ThresholdPanel::fillAddMenu()
{
    mAddMenu->clear();
    mAddMenu->setToolTipsVisible(true);
    for (Metric metric : allMetrics()) {
        const MetricInfo &info = metricInfo(metric);
        QAction *action = mAddMenu->addAction(QCoreApplication::translate("Metric", info.name));
        action->setData(int(metric));
        action->setToolTip(QCoreApplication::translate("Metric", info.definition));
    }
}

void ThresholdPanel::sync()
{
    const std::vector<Criterion> &criteria = mDocument->criteria();
    if (!sameShape(criteria, mRows))
        rebuildRows();
    const AnalysisResult &result = mDocument->result();
    for (size_t i = 0; i < criteria.size(); ++i) {
        mRows[i]->setCriterion(criteria[i]);
        mRows[i]->setListSize(int(criteria.size()));
        const auto step = std::find_if(result.steps.begin(), result.steps.end(),
                                       [&](const FunnelStep &s) { return s.criterionIndex == int(i); });
        if (step != result.steps.end())
            mRows[i]->setOutcome(step->kept, step->dropped, step->undetermined, true);
        else
            mRows[i]->setOutcome(0, 0, 0, false);
    }
    if (CriterionRow *row = criterionRow(mFocusRowAfterRebuild))
        row->actionsButton()->setFocus(Qt::OtherFocusReason);
    mFocusRowAfterRebuild = -1;
    {
        const QSignalBlocker blocker(mPreset);
        const QString key = mDocument->presetKey();
        const int customIndex = mPreset->findData(kCustomPresetKey);
        mPreset->setCurrentIndex(mPreset->findData(key));
        // "Eigen instelling" is a state, not a choice: only listed while it applies.
        if (key == kCustomPresetKey && customIndex < 0) {
            mPreset->addItem(tr("Eigen instelling"), kCustomPresetKey);
            mPreset->setCurrentIndex(mPreset->count() - 1);
        } else if (key != kCustomPresetKey && customIndex >= 0) {
            mPreset->removeItem(customIndex);
        }
    }
    mReset->setEnabled(mDocument->state() != AnalysisState::defaults(mDocument->state().selection));
    // The data controls only change with the statistics; a store query per slider step would not do.
    const DataSelection &s = mDocument->state().selection;
    const QString selectionKey =
        QStringList{s.dataSet, s.reporter, QString::number(s.year), euCompositionKey(s.euComposition)}.join(
            QLatin1Char('|'));
    if (mSyncedGeneration != mDocument->statisticsGeneration() || mSyncedSelection != selectionKey) {
        mSyncedGeneration = mDocument->statisticsGeneration();
        mSyncedSelection = selectionKey;
        syncSelection();
    }
    syncIndustries();
    for (QComboBox *box : {mPreset, mDataSet, mReporter, mYear, mEu})
        updateComboTip(box); // the boxes were filled with their signals blocked
}

void ThresholdPanel::syncSelection()
{
    const DataSelection &selection = mDocument->state().selection;
    const QString language =
        NumberFormat::language().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl");
    {
        const QSignalBlocker blocker(mDataSet);
        mDataSet->clear();
        for (const DataSetInfo &info : mDocument->dataSets()) {
            mDataSet->addItem(info.synthetic ? tr("%1 (synthetisch)").arg(info.name) : info.name, info.name);
            mDataSet->setItemData(mDataSet->count() - 1, info.source, Qt::ToolTipRole);
        }
        mDataSet->setCurrentIndex(std::max(0, mDataSet->findData(mDocument->currentDataSet().name)));
        mDataSet->setEnabled(mDataSet->count() > 1);
    }
    {
        const QSignalBlocker blocker(mReporter);
        mReporter->clear();
        for (const QString &iso3 : mDocument->reporters())
            mReporter->addItem(QStringLiteral("%1 (%2)").arg(CountryRegistry::instance().name(iso3, language), iso3),
                               iso3);
        mReporter->setCurrentIndex(mReporter->findData(selection.reporter));
        mReporter->setEnabled(mReporter->count() > 1);
    }
    {
        const QSignalBlocker blocker(mYear);
        mYear->clear();
        for (int year : mDocument->years())
            mYear->addItem(QString::number(year), year);
        mYear->setCurrentIndex(mYear->findData(mDocument->analysisYear()));
        mYear->setEnabled(mYear->count() > 1);
    }
    {
        const QSignalBlocker blocker(mEu);
        mEu->clear();
        for (EuComposition composition : kCompositions)
            mEu->addItem(euCompositionName(composition), int(composition));
        mEu->setCurrentIndex(mEu->findData(int(selection.euComposition)));
    }
}

void ThresholdPanel::syncIndustries()
{
    const QStringList available = mDocument->availableIndustries();
    const QStringList &chosen = mDocument->state().industries;
    const QSignalBlocker blocker(mIndustries);
    if (mIndustries->count() != available.size()) {
        mIndustries->clear();
        for (int i = 0; i < available.size(); ++i) {
            auto *item = new QListWidgetItem(mIndustries);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    for (int i = 0; i < mIndustries->count(); ++i) {
        // The data's name is the filter's key; the list shows it in the screen language.
        QListWidgetItem *item = mIndustries->item(i);
        item->setData(Qt::UserRole, available[i]);
        item->setText(industryName(available[i]));
        item->setCheckState(chosen.isEmpty() || chosen.contains(available[i]) ? Qt::Checked : Qt::Unchecked);
    }
    mIndustryGroup->setVisible(!available.isEmpty());
    mAllIndustries->setEnabled(!chosen.isEmpty());
}

void ThresholdPanel::selectionEdited()
{
    DataSelection selection = mDocument->state().selection;
    selection.dataSet = mDataSet->currentData().toString();
    selection.reporter = mReporter->currentData().toString();
    selection.year = mYear->currentData().toInt();
    selection.euComposition = EuComposition(mEu->currentData().toInt());
    if (selection.dataSet != mDocument->state().selection.dataSet)
        selection.year = 0; // another data set: its latest year
    // When it loads and fails or is cancelled, loadingChanged brings the boxes back.
    mDocument->setSelection(selection);
}

void ThresholdPanel::industriesEdited()
{
    QStringList chosen;
    for (int i = 0; i < mIndustries->count(); ++i) {
        if (mIndustries->item(i)->checkState() == Qt::Checked)
            chosen << mIndustries->item(i)->data(Qt::UserRole).toString();
    }
    // All ticked means no filter; none ticked would be an empty universe, so it means all too.
    if (chosen.size() == mIndustries->count())
        chosen.clear();
    mDocument->setIndustries(chosen);
    if (chosen.isEmpty())
        syncIndustries();
}

void ThresholdPanel::updateComboTip(QComboBox *box)
{
    const QString purpose = box->property("purpose").toString();
    const QString text = box->currentText();
    box->setToolTip(purpose.isEmpty() ? text : text.isEmpty() ? purpose : text + QStringLiteral("\n\n") + purpose);
}

void ThresholdPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ThresholdPanel::retranslate()
{
    mPresetGroup->setTitle(tr("Criteriaset"));
    mPreset->setProperty(
        "purpose",
        tr("Een criteriaset is een lijst criteria met drempels; wie een drempel wijzigt krijgt een eigen instelling"));
    mPreset->setAccessibleName(tr("Criteriaset"));
    {
        const QSignalBlocker blocker(mPreset);
        mPreset->clear();
        for (const Preset &preset : builtInPresets()) {
            mPreset->addItem(preset.displayName(), preset.key);
            mPreset->setItemData(mPreset->count() - 1,
                                 QCoreApplication::translate("Preset", preset.source.toUtf8().constData()),
                                 Qt::ToolTipRole);
        }
    }
    mReset->setText(tr("&Standaard (CBS 2021)"));
    mReset->setToolTip(
        tr("Zet de criteria en drempels terug op die van de Kamerbrief (CBS 2021) en toont alle bedrijfstakken"));
    mCriteriaGroup->setTitle(tr("Criteria en drempels"));
    mAddCriterion->setText(tr("Criterium toe&voegen…"));
    mAddCriterion->setToolTip(tr("Voegt een criterium achteraan de trechter toe; kies daarna de drempel"));
    fillAddMenu();
    mDataGroup->setTitle(tr("Gegevens"));
    mDataSetLabel->setText(tr("Gegevens&set"));
    mReporterLabel->setText(tr("&Rapporteur"));
    mYearLabel->setText(tr("&Jaar"));
    mEuLabel->setText(tr("&EU-samenstelling"));
    mEu->setProperty("purpose",
                     tr("Welke landen als EU gelden bij 'niet-EU-leverancier'; standaard EU27 (2020), zoals Eurostat"));
    mDataSet->setProperty("purpose", tr("De gegevensset uit de database waarop de analyse rekent"));
    mReporter->setProperty("purpose", tr("Het land waarvan de invoer wordt geanalyseerd"));
    mYear->setProperty("purpose", tr("Het jaar van de analyse"));
    mIndustryGroup->setTitle(tr("Bedrijfstakken"));
    mIndustries->setToolTip(tr("Alleen producten van de aangevinkte bedrijfstakken tellen mee in de trechter"));
    mIndustries->setAccessibleName(tr("Bedrijfstakken"));
    mAllIndustries->setText(tr("&Alle bedrijfstakken"));
    mSyncedGeneration = -1;
    sync();
}

} // namespace herkomst::ui
