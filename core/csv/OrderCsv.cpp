// The orders file's header names.
#include "csv/OrderCsv.h"

#include "csv/InteractionCsv.h"

#include <QHash>

namespace relatio::csv {

namespace {

struct ColumnName
{
    OrderColumn column;
    QLatin1StringView header;
};

constexpr ColumnName kNames[] = {
    {OrderColumn::Uuid, QLatin1StringView("uuid")},
    {OrderColumn::OrderId, QLatin1StringView("order_id")},
    {OrderColumn::CustomerUuid, QLatin1StringView("customer_uuid")},
    {OrderColumn::CustomerExternalId, QLatin1StringView("customer_external_id")},
    {OrderColumn::CustomerEmail, QLatin1StringView("customer_email")},
    {OrderColumn::OrderedOn, QLatin1StringView("ordered_on")},
    {OrderColumn::Amount, QLatin1StringView("amount")},
    {OrderColumn::Currency, QLatin1StringView("currency")},
    {OrderColumn::Quantity, QLatin1StringView("quantity")},
    {OrderColumn::Channel, QLatin1StringView("channel")},
    {OrderColumn::ProductSku, QLatin1StringView("product_sku")},
    {OrderColumn::Product, QLatin1StringView("product")},
    {OrderColumn::Category, QLatin1StringView("category")},
};

// Header words people use (English, Dutch, Norwegian), folded. "id" alone is the line's own
// Relatio id, as in the contacts file; "order number" is the other system's.
const QHash<QString, OrderColumn> &headerSynonyms()
{
    static const QHash<QString, OrderColumn> map = [] {
        QHash<QString, OrderColumn> m;
        auto add = [&m](OrderColumn column, std::initializer_list<const char *> words) {
            for (const char *w : words)
                m.insert(InteractionCsv::fold(QString::fromUtf8(w)), column);
        };
        using C = OrderColumn;
        add(C::Uuid, {"uuid", "id", "relatio id", "order uuid", "line uuid"});
        add(C::OrderId,
            {"order id", "order number", "order no", "order", "transaction id", "transaction", "invoice",
             "invoice number", "receipt", "ordernummer", "ordernr", "bestelnummer", "bestelling", "factuurnummer",
             "bonnummer", "transactie", "ordrenummer", "ordrenr", "ordre", "bestillingsnummer", "fakturanummer",
             "kvitteringsnummer", "transaksjon"});
        add(C::CustomerUuid,
            {"customer uuid", "customer relatio id", "klant uuid", "klant relatio id", "kunde uuid", "kunde relatio id"});
        add(C::CustomerExternalId,
            {"customer external id", "external id", "customer number", "customer no", "customer id",
             "account number", "account id", "client number", "klantnummer", "klantnr", "klant id", "klantcode",
             "extern id", "externe id", "debiteurnummer", "debiteurnr", "relatienummer", "relatienr",
             "kundenummer", "kundenr", "kunde id", "ekstern id", "reskontronummer"});
        add(C::CustomerEmail,
            {"customer email", "customer e-mail", "customer mail", "email", "e-mail", "email address", "mail",
             "klant e-mail", "klant email", "e-mailadres", "mailadres", "kunde e-post", "e-post", "e-postadresse",
             "kunde epost"});
        add(C::OrderedOn,
            {"ordered on", "order date", "date", "day", "purchase date", "transaction date", "invoice date",
             "datum", "orderdatum", "besteldatum", "aankoopdatum", "factuurdatum", "transactiedatum", "dato",
             "ordredato", "bestillingsdato", "kjøpsdato", "fakturadato"});
        add(C::Amount,
            {"amount", "total", "line total", "value", "revenue", "price", "sales", "bedrag", "totaal",
             "regeltotaal", "waarde", "omzet", "prijs", "beløp", "belop", "sum", "totalt", "verdi", "pris",
             "omsetning"});
        add(C::Currency, {"currency", "currency code", "valuta", "munteenheid", "valutakode"});
        add(C::Quantity,
            {"quantity", "qty", "units", "count", "number", "aantal", "stuks", "hoeveelheid", "antall", "stk",
             "mengde"});
        add(C::Channel,
            {"channel", "sales channel", "medium", "kanaal", "verkoopkanaal", "kanal", "salgskanal"});
        add(C::ProductSku,
            {"product sku", "sku", "product code", "item code", "article number", "artikelnummer", "artikelnr",
             "artikelcode", "productcode", "artikkelnummer", "artikkelnr", "varenummer", "varenr", "produktkode"});
        add(C::Product,
            {"product", "product name", "item", "article", "description", "artikel", "productnaam",
             "omschrijving", "produkt", "produktnavn", "vare", "artikkel", "varenavn"});
        add(C::Category,
            {"category", "product category", "product group", "categorie", "productcategorie", "productgroep",
             "artikelgroep", "kategori", "produktkategori", "varegruppe", "produktgruppe"});
        return m;
    }();
    return map;
}

} // namespace

const QList<OrderColumn> &orderColumns()
{
    static const QList<OrderColumn> columns = [] {
        QList<OrderColumn> list;
        for (const ColumnName &n : kNames)
            list.append(n.column);
        return list;
    }();
    return columns;
}

QString headerName(OrderColumn column)
{
    for (const ColumnName &n : kNames)
        if (n.column == column)
            return n.header;
    return {};
}

QString OrderCsv::label(OrderColumn column)
{
    switch (column) {
    case OrderColumn::Uuid: return tr("Relatio id of the order line");
    case OrderColumn::OrderId: return tr("Order id");
    case OrderColumn::CustomerUuid: return tr("Customer's Relatio id");
    case OrderColumn::CustomerExternalId: return tr("Customer's external id");
    case OrderColumn::CustomerEmail: return tr("Customer's e-mail");
    case OrderColumn::OrderedOn: return tr("Order date");
    case OrderColumn::Amount: return tr("Amount");
    case OrderColumn::Currency: return tr("Currency");
    case OrderColumn::Quantity: return tr("Quantity");
    case OrderColumn::Channel: return tr("Channel");
    case OrderColumn::ProductSku: return tr("Product SKU");
    case OrderColumn::Product: return tr("Product");
    case OrderColumn::Category: return tr("Category");
    }
    return {};
}

std::optional<OrderColumn> OrderCsv::guessColumn(const QString &header)
{
    const auto &map = headerSynonyms();
    const auto it = map.constFind(InteractionCsv::fold(header));
    if (it == map.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace relatio::csv
