// The customer's persona, prices and suggestions on the card.
#include "value/CustomerPropositionBox.h"

#include "dashboard/LatestJobRunner.h"
#include "interactions/InteractionRepository.h"
#include "value/CoPurchase.h"
#include "value/Persona.h"
#include "value/Pricing.h"
#include "value/PricingFormat.h"

#include <QGroupBox>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace relatio {

struct PropositionData
{
    qint64 customerId = 0;
    std::optional<Persona> persona;
    QStringList channelNames;
    QList<PriceQuote> bought;
    QList<ProductSuggestion> suggestions;
    QList<PriceQuote> suggestedPrices;   // one per suggestion
    bool coPurchaseBuilt = false;
    QString error;
};

namespace {

constexpr int kProducts = 5;
constexpr int kSuggestions = 5;

PropositionData load(const DatabasePtr &db, qint64 customerId)
{
    PropositionData data;
    data.customerId = customerId;
    auto failed = [&data](const Error &e) {
        data.error = e.message;
        return data;
    };
    const auto persona = PersonaRepository(db).personaFor(customerId);
    if (!persona)
        return failed(persona.error());
    data.persona = *persona;
    if (data.persona && !data.persona->preferredChannels.isEmpty()) {
        if (const auto channels = InteractionRepository(db).channels()) {
            for (qint64 id : std::as_const(data.persona->preferredChannels))
                for (const Channel &c : *channels)
                    if (c.id == id)
                        data.channelNames.append(c.displayName());
        }
    }
    Pricing pricing(db);
    const auto bought = pricing.mostBought(customerId, kProducts);
    if (!bought)
        return failed(bought.error());
    const auto quotes = pricing.pricesFor(customerId, *bought);
    if (!quotes)
        return failed(quotes.error());
    data.bought = *quotes;
    const auto built = CoPurchase::isBuilt(db);
    data.coPurchaseBuilt = built.value_or(false);
    const auto suggestions = CoPurchase::suggestionsFor(db, customerId, kSuggestions);
    if (!suggestions)
        return failed(suggestions.error());
    data.suggestions = *suggestions;
    QList<qint64> ids;
    for (const ProductSuggestion &s : std::as_const(data.suggestions))
        ids.append(s.productId);
    const auto suggested = pricing.pricesFor(customerId, ids);
    if (!suggested)
        return failed(suggested.error());
    data.suggestedPrices = *suggested;
    return data;
}

QLabel *richLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// "€ 10.00 → € 6.50" with the list price struck through when the customer pays less.
QString priceHtml(const PriceQuote &q)
{
    if (!q.priceCents)
        return CustomerPropositionBox::tr("no price").toHtmlEscaped();
    const QString price = PricingFormat::money(double(*q.priceCents), q.currency).toHtmlEscaped();
    if (!q.rule || !q.product.listPriceCents || *q.product.listPriceCents == *q.priceCents)
        return price;
    const QString list = PricingFormat::money(double(*q.product.listPriceCents), q.product.currency).toHtmlEscaped();
    return QStringLiteral("<s>%1</s> → <b>%2</b>").arg(list, price);
}

QString ruleHtml(const PriceQuote &q)
{
    if (!q.rule)
        return QStringLiteral("<span style='color:gray'>%1</span>")
            .arg(CustomerPropositionBox::tr("list price").toHtmlEscaped());
    return QStringLiteral("<span style='color:gray'>%1</span>").arg(q.rule->name.toHtmlEscaped());
}

} // namespace

CustomerPropositionBox::CustomerPropositionBox(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_runner(new LatestJobRunner(db, QStringLiteral("customer proposition"), this))
{
    setObjectName(QStringLiteral("customerPropositionBox"));
    m_persona = new QLabel;
    m_persona->setObjectName(QStringLiteral("propositionPersona"));
    QFont bold = m_persona->font();
    bold.setBold(true);
    m_persona->setFont(bold);
    m_persona->setWordWrap(true);
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("propositionDescription"));
    m_description->setWordWrap(true);
    m_more = new QToolButton;
    m_more->setObjectName(QStringLiteral("propositionMore"));
    m_more->setCheckable(true);
    m_more->setAutoRaise(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details = richLabel(QStringLiteral("propositionDetails"));
    m_prices = richLabel(QStringLiteral("propositionPrices"));
    m_suggestions = richLabel(QStringLiteral("propositionSuggestions"));

    auto *personaBox = new QGroupBox(tr("Persona"));
    auto *personaLayout = new QVBoxLayout(personaBox);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_persona, 1);
    nameRow->addWidget(m_more, 0, Qt::AlignTop);
    personaLayout->addLayout(nameRow);
    personaLayout->addWidget(m_description);
    personaLayout->addWidget(m_details);
    auto *pricesBox = new QGroupBox(tr("Their prices"));
    auto *pricesLayout = new QVBoxLayout(pricesBox);
    pricesLayout->addWidget(m_prices);
    auto *suggestionsBox = new QGroupBox(tr("Customers who bought this also bought"));
    auto *suggestionsLayout = new QVBoxLayout(suggestionsBox);
    suggestionsLayout->addWidget(m_suggestions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(personaBox);
    layout->addWidget(pricesBox);
    layout->addWidget(suggestionsBox);
    layout->addStretch(1);
    setMinimumWidth(260);

    connect(m_more, &QToolButton::toggled, this, &CustomerPropositionBox::setExpanded);
    setExpanded(false);
    display(PropositionData());
}

CustomerPropositionBox::~CustomerPropositionBox() = default;

bool CustomerPropositionBox::isBusy() const
{
    return m_runner->isBusy();
}

void CustomerPropositionBox::setExpanded(bool expanded)
{
    m_more->setArrowType(expanded ? Qt::UpArrow : Qt::DownArrow);
    m_more->setText(expanded ? tr("Less") : tr("More"));
    m_details->setVisible(expanded && !m_details->text().isEmpty());
}

void CustomerPropositionBox::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    DatabasePtr db = m_db;
    // Even "no customer" goes through the runner, so it overtakes a customer still loading.
    m_runner->run([this, db, customerId](const std::atomic_bool &) -> LatestJobRunner::Delivery {
        PropositionData data = customerId > 0 ? load(db, customerId) : PropositionData();
        // Delivered through the runner, this widget's child: never after the widget is gone.
        return [this, data = std::move(data)]() {
            display(data);
            emit shown();
        };
    });
}

void CustomerPropositionBox::refresh()
{
    showCustomer(m_customerId);
}

void CustomerPropositionBox::display(const PropositionData &data)
{
    if (!data.error.isEmpty()) {
        m_persona->setText(tr("Could not read the proposition"));
        m_description->setText(data.error);
        m_details->clear();
        m_prices->clear();
        m_suggestions->clear();
        m_more->setVisible(false);
        setExpanded(false);
        return;
    }
    // Persona.
    if (data.persona) {
        const Persona &p = *data.persona;
        m_persona->setText(p.name);
        m_description->setText(p.description);
        m_description->setVisible(!p.description.isEmpty());
        QStringList rows;
        auto row = [&rows](const QString &label, const QString &text) {
            if (!text.trimmed().isEmpty())
                rows << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(),
                                                             text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        };
        row(tr("Needs:"), p.needs);
        row(tr("Motives:"), p.motives);
        row(tr("Prefers:"), data.channelNames.join(QStringLiteral(", ")));
        m_details->setText(rows.join(QStringLiteral("<br>")));
        const QString tip = rows.isEmpty() ? QString()
                                           : QStringLiteral("<p><b>%1</b></p>").arg(p.name.toHtmlEscaped())
                                                 + rows.join(QStringLiteral("<br>"));
        m_persona->setToolTip(tip);
        m_description->setToolTip(tip);
        m_more->setVisible(!rows.isEmpty());
    } else {
        m_persona->setText(data.customerId > 0 ? tr("No persona") : QString());
        m_description->setText(data.customerId > 0 ? tr("No persona rule matches this customer.") : QString());
        m_description->setVisible(data.customerId > 0);
        m_details->clear();
        m_persona->setToolTip(QString());
        m_description->setToolTip(QString());
        m_more->setVisible(false);
    }
    setExpanded(m_more->isChecked());

    // Prices for what they buy most.
    if (data.bought.isEmpty()) {
        m_prices->setText(QStringLiteral("<span style='color:gray'>%1</span>")
                              .arg(tr("No purchases of listed products yet.").toHtmlEscaped()));
    } else {
        QString html = QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
        for (const PriceQuote &q : data.bought)
            html += QStringLiteral("<tr><td>%1<br>%2</td><td align='right' style='white-space:nowrap'>%3</td></tr>")
                        .arg(q.product.name.toHtmlEscaped(), ruleHtml(q), priceHtml(q));
        m_prices->setText(html + QStringLiteral("</table>"));
    }

    // Suggestions.
    if (data.suggestions.isEmpty()) {
        const QString why = !data.coPurchaseBuilt ? tr("Suggestions appear after the next value analysis.")
                                                  : tr("Nothing is bought often enough with this customer's products.");
        m_suggestions->setText(QStringLiteral("<span style='color:gray'>%1</span>").arg(why.toHtmlEscaped()));
    } else {
        QString html = QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
        for (qsizetype i = 0; i < data.suggestions.size(); ++i) {
            const ProductSuggestion &s = data.suggestions.at(i);
            const QString because = tr("with %1 · %n customers", nullptr, int(s.customers)).arg(s.becauseOfName);
            const QString price = i < data.suggestedPrices.size() ? priceHtml(data.suggestedPrices.at(i)) : QString();
            html += QStringLiteral("<tr><td>%1<br><span style='color:gray'>%2</span></td>"
                                   "<td align='right' style='white-space:nowrap'>%3</td></tr>")
                        .arg(s.name.toHtmlEscaped(), because.toHtmlEscaped(), price);
        }
        m_suggestions->setText(html + QStringLiteral("</table>"));
    }
}

QString CustomerPropositionBox::personaText() const
{
    return m_persona->text();
}

QString CustomerPropositionBox::pricesText() const
{
    return QTextDocumentFragment::fromHtml(m_prices->text()).toPlainText();
}

QString CustomerPropositionBox::suggestionsText() const
{
    return QTextDocumentFragment::fromHtml(m_suggestions->text()).toPlainText();
}

} // namespace relatio
