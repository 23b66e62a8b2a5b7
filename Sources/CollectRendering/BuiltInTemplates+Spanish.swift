extension BuiltInTemplates {
    /// The reminders in Spanish, written as a small business in Spain or Latin America writes to
    /// a client: *usted*, warm, firmer step by step, never threatening; the salutation ends with a
    /// colon, as Spanish letters do. `templates/STEP.email.es.mustache` replaces one.
    enum Spanish: TemplateLanguage {
        static let all: [String: String] = [
            "courtesy.email.es": courtesyEmail, "courtesy.sms.es": courtesySMS,
            "gentle.email.es": gentleEmail, "gentle.sms.es": gentleSMS,
            "firm.email.es": firmEmail, "firm.sms.es": firmSMS,
            "direct.email.es": directEmail, "direct.sms.es": directSMS,
        ]

        static let greeting =
            "{{#customer.contact}}Buenos días, {{customer.contact}}:{{/customer.contact}}{{^customer.contact}}Estimado cliente:{{/customer.contact}}"

        static let invoiceList = """
            {{#invoices}}
              Factura {{number}}: {{amount}}, con vencimiento el {{dueDate}}{{#daysOverdue}} (vencida hace {{daysOverdueText}}){{/daysOverdue}}
            {{#link}}
              Pagar en línea: {{link}}
            {{/link}}
            {{/invoices}}
            """

        static let lateFeeNote = """
            {{#lateFees}}
            Nuestras condiciones de pago prevén un recargo por demora ({{terms}}): {{totalText}}{{#several}} en total{{/several}} sobre {{#several}}las facturas{{/several}}{{^several}}la factura{{/several}} {{numbers}} al {{asOf}}. Este recargo no está incluido en {{#single}}el importe indicado{{/single}}{{^single}}los importes indicados{{/single}} arriba.
            {{/lateFees}}
            """

        static let lateFeeSMS =
            "{{#lateFees}} Nuestras condiciones contemplan un recargo por demora de {{totalText}} al {{asOf}}, no incluido arriba.{{/lateFees}}"

        static let statementNote = """
            {{#statementAttached}}
            Adjuntamos un estado de su cuenta con todas las facturas pendientes.
            {{/statementAttached}}
            """

        static let courtesyEmail = """
            Subject: {{business.name}}: {{#single}}la factura {{first.number}} vence el {{first.dueDate}}{{/single}}{{^single}}las facturas {{numbersBrief}} vencen próximamente{{/single}}

            \(greeting)

            Le escribimos con tiempo, antes del vencimiento, para que pueda tenerlo en cuenta:

            \(invoiceList)

            \(statementNote)

            Si ya ha realizado el pago, muchas gracias; en ese caso, no tenga en cuenta este mensaje. Si algo no le parece correcto, responda a este correo y lo revisaremos juntos.

            Saludos cordiales,
            \(BuiltInTemplates.signature)
            """

        static let gentleEmail = """
            Subject: {{business.name}}: {{#single}}recordatorio de la factura {{first.number}}{{/single}}{{^single}}recordatorio de las facturas {{numbersBrief}}{{/single}}

            \(greeting)

            Espero que se encuentre bien. Le escribo para recordarle que {{#single}}la factura {{first.number}} por {{first.amount}} venció el {{first.dueDate}}{{/single}}{{^single}}{{count}} facturas, por un total de {{totalText}}, siguen pendientes de pago (la más antigua venció hace {{oldestDaysOverdueText}}){{/single}} y, salvo error por nuestra parte, aún no hemos recibido el pago.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Si ya ha realizado el pago, muchas gracias; en ese caso, no tenga en cuenta este mensaje. Si algo en {{#single}}la factura{{/single}}{{^single}}estas facturas{{/single}} no le parece correcto, responda a este correo y lo revisaremos.

            Un cordial saludo,
            \(BuiltInTemplates.signature)
            """

        static let firmEmail = """
            Subject: {{business.name}}: {{#single}}la factura {{first.number}} está vencida{{/single}}{{^single}}facturas {{numbersBrief}}, la más antigua ya vencida{{/single}}

            \(greeting)

            {{#previous}}En relación con nuestro mensaje del {{date}}: {{#single}}la factura {{first.number}}{{/single}}{{^single}}sus {{count}} facturas{{/single}}{{/previous}}{{^previous}}{{#single}}La factura {{first.number}}{{/single}}{{^single}}Sus {{count}} facturas{{/single}}{{/previous}}{{#single}} por {{first.amount}} lleva ya {{first.daysOverdueText}} vencida{{/single}}{{^single}}, por un total de {{totalText}}, siguen pendientes; la más antigua lleva ya {{oldestDaysOverdueText}} vencida{{/single}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            ¿Podría indicarnos cuándo podemos contar con el pago? Si hay algún problema con {{#single}}la factura{{/single}}{{^single}}alguna de las facturas{{/single}}, o si desea hablar de los plazos, responda a este correo y buscaremos juntos una solución.

            Saludos cordiales,
            \(BuiltInTemplates.signature)
            """

        static let directEmail = """
            Subject: {{business.name}}: {{#single}}la factura {{first.number}} lleva {{first.daysOverdueText}} vencida{{/single}}{{^single}}facturas {{numbersBrief}}, la más antigua con {{oldestDaysOverdueText}} de retraso{{/single}}

            \(greeting)

            {{#single}}La factura {{first.number}} por {{first.amount}} lleva ya {{first.daysOverdueText}} vencida{{/single}}{{^single}}Sus {{count}} facturas, por un total de {{totalText}}, siguen pendientes; la más antigua lleva {{oldestDaysOverdueText}} vencida{{/single}}{{#previous}}; le escribimos al respecto el {{date}}{{/previous}}.

            \(invoiceList)

            \(lateFeeNote)

            \(statementNote)

            Le pedimos que salde {{#single}}esta factura{{/single}}{{^single}}estas facturas{{/single}} esta semana o que nos diga hoy mismo qué está retrasando el pago; si está pasando por un momento difícil, con gusto acordaremos un plan de pagos. Lo importante para nosotros es saber de usted.

            Saludos cordiales,
            \(BuiltInTemplates.signature)
            """

        static let hello = "{{business.name}}: Hola{{#customer.contact}}, {{customer.contact}}{{/customer.contact}}. "

        static let courtesySMS = """
            \(hello){{#single}}La factura {{first.number}} ({{first.amount}}) vence el {{first.dueDate}}.{{/single}}{{^single}}{{count}} facturas ({{totalText}}) vencen pronto.{{/single}}{{#link}} Pagar: {{link}}{{/link}} ¿Alguna pregunta? Responda a este mensaje.
            """

        static let gentleSMS = """
            \(hello)Recordatorio: {{#single}}la factura {{first.number}} ({{first.amount}}), con vencimiento el {{first.dueDate}}, sigue pendiente.{{/single}}{{^single}}{{count}} facturas ({{totalText}}) siguen pendientes, la más antigua vencida hace {{oldestDaysOverdueText}}: {{numbers}}.{{/single}}{{#link}} Pagar: {{link}}{{/link}}\(lateFeeSMS) ¿Ya hizo el pago? ¡Gracias! Responda STOP para dejar de recibir SMS.
            """

        static let firmSMS = """
            \(hello){{#single}}La factura {{first.number}} ({{first.amount}}) lleva {{first.daysOverdueText}} vencida.{{/single}}{{^single}}{{count}} facturas ({{totalText}}) siguen pendientes, la más antigua vencida hace {{oldestDaysOverdueText}}: {{numbers}}.{{/single}}{{#link}} Pagar: {{link}}{{/link}}\(lateFeeSMS) Por favor, confirme una fecha de pago. Responda STOP para dejar de recibir SMS.
            """

        static let directSMS = """
            \(hello){{#single}}La factura {{first.number}} ({{first.amount}}) lleva {{first.daysOverdueText}} vencida.{{/single}}{{^single}}{{count}} facturas ({{totalText}}) siguen pendientes, la más antigua vencida hace {{oldestDaysOverdueText}}: {{numbers}}.{{/single}}{{#link}} Pagar: {{link}}{{/link}}\(lateFeeSMS) Por favor, pague hoy o responda para acordar un plan de pagos. Responda STOP para dejar de recibir SMS.
            """
    }
}
