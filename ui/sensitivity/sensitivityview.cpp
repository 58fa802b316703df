#include "sensitivity/sensitivityview.h"

#include "document/analysisdocument.h"
#include "export/sensitivitycaption.h"
#include "sensitivity/sensitivitycharts.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"

#include "export/analysiscaption.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

// The criteria with their thresholds set aside: a model serves every threshold of the same list.
std::vector<Criterion> withoutThresholds(std::vector<Criterion> criteria)
{
    for (Criterion &c : criteria)
        c.threshold = 0.0;
    return criteria;
}

int chosenCriterion(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? -1 : combo->currentData().toInt();
}

} // namespace

SensitivityView::SensitivityView(AnalysisDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mCurves(new SensitivityCurvesChart)
    , mMap(new SensitivityMapChart)
    , mFirst(new QComboBox)
    , mSecond(new QComboBox)
    , mMapLabel(new QLabel)
    , mVersusLabel(new QLabel)
{
    setObjectName(QStringLiteral("sensitivityView"));
    mCurves->setObjectName(QStringLiteral("sensitivityCurves"));
    mMap->setObjectName(QStringLiteral("sensitivityMap"));
    mFirst->setObjectName(QStringLiteral("sensitivityMapFirst"));
    mSecond->setObjectName(QStringLiteral("sensitivityMapSecond"));
    for (QComboBox *combo : {mFirst, mSecond}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    mMapLabel->setBuddy(mFirst);

    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(mMapLabel);
    choices->addWidget(mFirst, 1);
    choices->addWidget(mVersusLabel);
    choices->addWidget(mSecond, 1);
    auto *mapSide = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapSide);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(4);
    mapLayout->addLayout(choices);
    mapLayout->addWidget(mMap, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("sensitivitySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(mCurves);
    splitter->addWidget(mapSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(mDocument, &AnalysisDocument::analysisChanged, this, &SensitivityView::onAnalysisChanged);
    connect(mFirst, &QComboBox::activated, this, &SensitivityView::updateCharts);
    connect(mSecond, &QComboBox::activated, this, &SensitivityView::updateCharts);
    connect(mMap, &SensitivityMapChart::cellClicked, this, &SensitivityView::applyMapCell);
    retranslate();
}

SensitivityView::~SensitivityView() = default;

int SensitivityView::mapFirstCriterion() const
{
    return chosenCriterion(mFirst);
}

int SensitivityView::mapSecondCriterion() const
{
    return chosenCriterion(mSecond);
}

QJsonObject SensitivityView::viewState() const
{
    const bool waiting = mRestoredMap.first >= 0;
    return QJsonObject{{QStringLiteral("mapFirst"), waiting ? mRestoredMap.first : mapFirstCriterion()},
                       {QStringLiteral("mapSecond"), waiting ? mRestoredMap.second : mapSecondCriterion()}};
}

void SensitivityView::restoreViewState(const QJsonObject &state)
{
    const int first = state.value(QStringLiteral("mapFirst")).toInt(-1);
    const int second = state.value(QStringLiteral("mapSecond")).toInt(-1);
    if (first >= 0 && second >= 0)
        setMapCriteria(first, second);
}

void SensitivityView::setMapCriteria(int first, int second)
{
    const int a = mFirst->findData(first);
    const int b = mSecond->findData(second);
    if (a < 0 || b < 0) {
        mRestoredMap = {first, second}; // the choices fill when the view first shows the analysis
        return;
    }
    mRestoredMap = {-1, -1};
    mFirst->setCurrentIndex(a);
    mSecond->setCurrentIndex(b);
    updateCharts();
}

void SensitivityView::onAnalysisChanged()
{
    // Hidden behind Figure 1 and 2 it costs nothing; it catches up when shown.
    mBehind = true;
    if (isVisible())
        refresh();
}

void SensitivityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mBehind)
        refresh();
}

void SensitivityView::refresh()
{
    mBehind = false;
    if (!mDocument->showsData())
        return;
    const std::vector<Criterion> &criteria = mDocument->criteria();
    const QStringList &industries = mDocument->state().industries;
    const std::vector<Criterion> shape = withoutThresholds(criteria);
    if (!mModel || mModelGeneration != mDocument->statisticsGeneration() || mModelCriteria != shape ||
        mModelIndustries != industries) {
        mModel = std::make_unique<SensitivityModel>(mDocument->statistics(), AnalysisSettings{criteria, industries});
        mModelGeneration = mDocument->statisticsGeneration();
        mModelCriteria = shape;
        mModelIndustries = industries;
    }
    fillCriterionChoices();
    updateCharts();
}

void SensitivityView::fillCriterionChoices()
{
    const std::vector<Criterion> &criteria = mDocument->criteria();
    QStringList labels;
    QList<int> indices;
    for (int i = 0; i < int(criteria.size()); ++i) {
        if (criteria[size_t(i)].enabled) {
            labels << QStringLiteral("%1. %2").arg(indices.size() + 1).arg(criteria[size_t(i)].displayLabel());
            indices << i;
        }
    }
    // The same choices keep the user's pick; new ones start with the first and the last step.
    bool same = mFirst->count() == int(indices.size());
    for (int k = 0; same && k < int(indices.size()); ++k)
        same = mFirst->itemData(k).toInt() == indices[k];
    const auto [firstDefault, secondDefault] = defaultMapCriteria(criteria);
    int first = same ? mFirst->currentIndex() : int(indices.indexOf(firstDefault));
    int second = same ? mSecond->currentIndex() : int(indices.indexOf(secondDefault));
    // A pair saved with the analysis, once its criteria are there.
    if (mRestoredMap.first >= 0 && indices.contains(mRestoredMap.first) && indices.contains(mRestoredMap.second)) {
        first = int(indices.indexOf(mRestoredMap.first));
        second = int(indices.indexOf(mRestoredMap.second));
        mRestoredMap = {-1, -1};
    }
    for (QComboBox *combo : {mFirst, mSecond}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (int k = 0; k < int(indices.size()); ++k) {
            combo->addItem(labels[k], indices[k]);
            combo->setItemData(k, labels[k], Qt::ToolTipRole);
        }
    }
    mFirst->setCurrentIndex(first);
    mSecond->setCurrentIndex(second);
}

void SensitivityView::updateCharts()
{
    if (!mModel || !mDocument->showsData())
        return;
    const AnalysisSettings settings{mDocument->criteria(), mDocument->state().industries};
    showSensitivity(*mCurves, *mMap, *mModel, mDocument->table(), settings, mDocument->result(),
                    mDocument->sourceLine(), mapFirstCriterion(), mapSecondCriterion());
}

void SensitivityView::applyMapCell(int firstStep, int secondStep)
{
    const SensitivityMap &map = mMap->map();
    if (map.isEmpty() || mDocument->isLoading())
        return;
    std::vector<Criterion> criteria = mDocument->criteria();
    if (map.firstIndex >= int(criteria.size()) || map.secondIndex >= int(criteria.size()))
        return;
    Criterion &first = criteria[size_t(map.firstIndex)];
    Criterion &second = criteria[size_t(map.secondIndex)];
    first.threshold = map.firstThresholds[size_t(firstStep)];
    second.threshold = map.secondThresholds[size_t(secondStep)];
    // Both thresholds in one edit: one undo step, never merged into a slider's gesture.
    mDocument->endThresholdGesture();
    mDocument->setCriteria(std::move(criteria), tr("Drempels uit de kaart: %1 en %2")
                                                    .arg(formatThreshold(first.metric, first.threshold),
                                                         formatThreshold(second.metric, second.threshold)));
}

void SensitivityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SensitivityView::retranslate()
{
    setWindowTitle(tr("Gevoeligheid"));
    mMapLabel->setText(tr("&Kaart:"));
    mVersusLabel->setText(tr("tegen"));
    mFirst->setToolTip(tr("Het criterium op de horizontale as van de kaart"));
    mSecond->setToolTip(tr("Het criterium op de verticale as van de kaart"));
    // Step labels and captions follow the document's retranslation (analysisChanged).
}

} // namespace herkomst::ui
