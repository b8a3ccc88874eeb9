// The orders file: its columns and their header names in English, Dutch and Norwegian.
//
// The canonical file, as `relatio-cli export orders` writes it, has these columns in this order
// (a file to import may have them in any order, under any of the header synonyms):
//
//   uuid                  the order line's Relatio id; optional. A row whose uuid is stored already
//                         is the same line: skipped or updated (--on-duplicate), never a duplicate.
//   order_id              the order's id in another system; optional. Without a uuid, a row whose
//                         order_id and product are those of a stored line is that line.
//   customer_uuid, customer_external_id, customer_email
//                         the customer, matched as in the contacts file (external id, else e-mail,
//                         else Relatio id; at least one of the three columns is needed)
//   ordered_on            required: the day, ISO (2024-03-01) or day-month-year (1-3-2024,
//                         01.03.2024); a time with it is allowed and only its local day is kept
//   amount                required: the line total, "12.50", "12,50", "1.234,56", "1,234.56",
//                         "1 234,56"; negative for a refund or return. A single separator followed by
//                         three digits ("1.234") is ambiguous and refused (see Money::parse)
//   currency              ISO 4217 (EUR, NOK, …); empty: the product's list price currency, else the
//                         currency of the customer's country, else an error. An unknown code is an error
//   quantity              a whole number, not 0 (negative for a return); empty = 1
//   channel               empty, or a channel's code or name as in the contacts file
//   product_sku, product  the product by its SKU, else its name; one not stored yet is added (with
//                         the row's category)
//   category              the product's category, for a product that is added
//
// Any other column is an error of the whole file (line 1, at the column), except "reason" (the
// rejects file's) and columns with an empty header.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace relatio::csv {

enum class OrderColumn {
    Uuid,
    OrderId,
    CustomerUuid,
    CustomerExternalId,
    CustomerEmail,
    OrderedOn,
    Amount,
    Currency,
    Quantity,
    Channel,
    ProductSku,
    Product,
    Category,
};

const QList<OrderColumn> &orderColumns();
QString headerName(OrderColumn column);

class OrderCsv
{
    Q_DECLARE_TR_FUNCTIONS(OrderCsv)

public:
    // The column's name for people, translated.
    static QString label(OrderColumn column);
    // The column a header means, from its name in English, Dutch or Norwegian (folded as
    // InteractionCsv::fold does); std::nullopt when it is none of them.
    static std::optional<OrderColumn> guessColumn(const QString &header);
};

} // namespace relatio::csv
