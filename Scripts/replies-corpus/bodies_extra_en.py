"""Extra hand-written English customer replies to Harbor & Pine Builders' payment reminders.

Same entry structure and labelling rules as bodies.py (see its docstring): only the customer's
own words, kinds most urgent first (opt-out > dispute > already-paid > hardship >
promise-to-pay > question; auto-reply and other stand alone), sent in the customer's local
time, p the promise date, chk its cross-check. build.py appends these to the other modules'
entries.

These stress what the reader gets wrong most: disputes without the word "dispute" (often with
a question mark, sometimes talking about paying), payments already made, hardship phrased as a
question, and dated promises in many shapes. A few mix in a short Spanish phrase (lang "en").

Labelling choices made here:
  - "paid ... can you confirm you received it?" is already-paid alone: the question only
    asks us to check the payment they say they made.
  - "is there any way to ...?" / "can we split this?" about paying less or later is hardship.
  - a question that is part of the complaint ("why is there a fuel surcharge?") is dispute
    alone; a separate request for information adds question.
  - "we'll pay once it's fixed" is conditional: no promise.
  - a recurring offer ("every Friday", "$200 a month") without a first date is no dated promise.

December 2026: Mon 30 Nov, Tue 1, Fri 4, Sat 5, Sun 6, Mon 7, Wed 9, Thu 10, Fri 11, Mon 14,
Tue 15, Wed 16, Thu 17, Fri 18, Mon 21, Wed 23, Thu 24, Thu 31; Fri 1 Jan 2027, Fri 8 Jan.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")


# =============================================================================== opt-out
em("opt-out", "en", """
Hi, I'd like to be removed from the automated emails. If something actually comes up Dana can write to me herself, just not the robot.
""")
em("opt-out", "en", "Stop emailing me. Call my cell if you need something: 773-555-0148.",
   note="stop e-mail, call instead")
em("opt-out", "en", "please unsubscribe me from the reminder emails")
em("opt-out", "en", """
I was cc'd on the original contract as a courtesy. I don't need to be on these reminders, please drop me from the distribution.
""")
em("opt-out", "en", "No more reminders, please. One a month would be plenty, but honestly zero is better.")
em("opt-out", "en", "Please don't send these anymore.")
em("opt-out", "en", "Whatever list this is, I want off it.")
em("opt-out", "en", """
Hello,

Please update your records so that automated reminders are no longer sent to this address. Thank you.

Marcy Feld
Executive Assistant to the President
{company}
(312) 555-0127
""", note="signature block with a phone number")
em("opt-out", "en", "Can you please stop the auto emails? I'd prefer a phone call, 630 555 0182.",
   note="phrased as a question but it is an opt-out")
em("opt-out", "en", "remove me from your email list thanks")
em("opt-out", "en", """
I've asked your office twice by phone to stop these emails. Third time, in writing: stop.
""")
em("opt-out", "en", """
Unsubscribe.

Sent from my iPhone
""")
em("opt-out+promise-to-pay", "en", """
We'll pay it on the 18th like I told Mike. You can turn off the reminders for us.
""", sent="12-09 09:40", p="12-18", chk="d:18")
em("opt-out+dispute", "en", """
I'm not paying for a deck that still wobbles when you walk across it. And I want these automated emails stopped - have Mike call me.
""")

sms("opt-out", "en", "please stop sending these texts")
sms("opt-out", "en", "Unsubscribe me")
sms("opt-out", "en", "No more reminders. Call me instead", note="stop texts, call instead")
sms("opt-out", "en", "stop msging me")
sms("opt-out", "en", "Stop. Email me instead, texts cost me money on this plan", note="opts out of SMS, wants e-mail")
sms("opt-out+dispute", "en", "Remove me from this text list, I'm the tenant not the owner",
    note="not their bill")
sms("opt-out+already-paid", "en", "paid it tuesday. unsubscribe", sent="12-03 17:20")


# =============================================================================== dispute
em("dispute", "en", """
Hi Dana,

We got charged twice for the same thing - {inv} and {inv2} are both for the porch light install. Which one do you want us to ignore?

{first}
""", note="billed twice; the question is part of the complaint")
em("dispute", "en", "Why is there a fuel surcharge on here? Nobody ever mentioned a fuel surcharge.")
em("dispute", "en", """
The punch list from the walkthrough still has 9 open items on it. We will pay once the punch list is done.
""", note="conditional payment, no promise")
em("dispute", "en", """
We never received the vanity. The invoice bills for a 48" vanity and what's sitting in our bathroom is still the old one.
""")
em("dispute", "en", "This was quoted at $4,500 for the whole roof. How did it become {amt}?", amt="7250.00")
em("dispute", "en", """
Hi, I think this was sent to us by mistake. We're at 1820 N Halsted and the work order on your invoice says 1802. We never had anyone out from Harbor & Pine.
""", note="wrong address")
em("dispute", "en", "We never agreed to this. The change order was discussed but never signed, and Mike knows that.")
em("dispute", "en", """
Change order #4 was approved at a fixed $600. The invoice bills it as time and materials at $1,340. Please reissue it at the agreed price.
""")
em("dispute", "en", """
The water heater you installed in October is leaking at the base. That's a warranty repair - you should be fixing it, not billing us for a service call.
""")
em("dispute", "en", """
Could you issue a credit for the two days the crew didn't show? We both took time off work to let them in and nobody came.
""", note="asks for a credit: a question in form only")
em("dispute", "en", """
The countertop arrived chipped on the front edge and your installer put it in anyway. I'd like it replaced or a credit before we pay anything.
""")
em("dispute", "en", """
Hi Dana,

I want to start by saying the tile work in the new bathroom is beautiful, and Luis was a pleasure to have in the house. But we can't pay this yet.

The exhaust fan was vented into the attic instead of through the roof. Our home inspector caught it when we had the insurance walk-through last week and said it's a mold problem waiting to happen. I called the office on the 2nd and was told someone would call back, and nobody has. Was that ever passed on?

There's also a line for "vanity light upgrade" - we kept the light fixture we bought ourselves. Where does that come from?

We'll pay the balance once the fan is vented outside like it was supposed to be, and the light charge comes off.

Thanks,
{first}
""", sent="12-08", note="long; several question marks and a conditional payment")
em("dispute", "en", "Is this a joke? You billed us for 3 coats of sealer on a driveway you never sealed.",
   note="rhetorical question")
em("dispute", "en", """
We're billed for three weeks of dumpster rental. It was picked up after 9 days - I have the hauler's receipt.
""")
em("dispute", "en", """
This belongs under the Kessler Road job, and that was a fixed bid. Labor isn't billable separately on top of it.
""")
em("dispute", "en", """
Dear Ms. Whitfield,

We object to this invoice in its entirety. The scope of work described does not match the signed contract dated August 14, and several items were performed without the written authorization required by clause 7. Please treat this letter as formal notice of our disagreement.

Sincerely,
{first}
{company}
""", note="formal; never says 'dispute'")
em("dispute", "en", "The quote said materials included. So why am I seeing a separate line for lumber?")
em("dispute", "en", """
Hi Dana - we're happy to pay the original contract amount, but the $825 "design fee" was never part of any conversation. Can you take it off?
""", note="'happy to pay' is conditional")
em("dispute", "en", """
Your crew broke the garage door opener while moving the ladders. We paid $380 to get it replaced and I expect that to come off this bill.
""")
em("dispute", "en", """
I'm not the homeowner, I just rent here. The owner is Pat Reilly and this should be billed to her, not me.
""", note="wrong customer")
em("dispute", "en", """
These hours are wrong.
Monday: 4 hrs, not 8.
Tuesday: nobody came.
Wednesday: 6 hrs.
Please fix and resend.
""")
em("dispute", "en", "we asked for a quote, not the work. nobody here said go ahead")
em("dispute", "en", """
The new downspout dumps right onto the patio, which is the opposite of what we asked for. It needs to be redone and I'm not paying for it twice.
""")
em("dispute", "en", "Not what was quoted. Quote Q-2291 says $1,150 for the railing. Your invoice says {amt}.",
   amt="1560.00")
em("dispute", "en", """
The furnace vent had to be fixed because your crew installed it wrong in the first place. That shouldn't be billed to us at all - please void it.
""")
em("dispute", "en", """
Hey, I think you've got us confused with someone else. You came out for an estimate in the spring but we went with another company.
""", note="never hired them")
em("dispute", "en", "We never got the second pallet of pavers, so why are we being billed for 600 sq ft?")
em("dispute", "en", """
Mike told us the second coat of paint was on the house because of the color mix-up. It's on here at full price.
""")
em("dispute", "en", """
Hi,

We did agree to the extra closet shelving, but at $275, not the $690 shown here. Nobody told us the price had gone up before the work was done. Can you check with Mike and fix this?

Best,
{first}
""", note="change-order price disagreement")
em("dispute", "en", "the estimate was 2 days, the invoice is for 5. what happened??")
em("dispute", "en", """
Good afternoon,

The replacement windows on the north side were supposed to be Low-E argon units per the quote. The ones installed are the standard builder-grade model (we checked the stickers). Until we get what we paid for, please consider this invoice on hold.

Regards,
{first}
Facilities Manager
""", note="not what was quoted; 'paid for' is figurative")
em("dispute", "en", "Wrong customer. We're {company} of Evanston - you want the Skokie one.")

em("dispute+promise-to-pay", "en", """
We'll send $1,200 for the roofing on Monday. The $350 for skylight flashing stays on hold because the skylight is still leaking.
""", sent="12-09 10:40", p="12-14", chk="wd:mon", note="partial promise, rest disputed")
em("dispute+promise-to-pay", "en", """
Paying the undisputed portion by 12/18. The remaining charge for the extra trim is disputed - we never saw a change order for it.
""", sent="12-10 11:05", p="12-18", note="partial promise, rest disputed")
em("dispute+question", "en", """
The invoice says "misc. materials - $410". What materials? We need an itemized list before we can even look at this.
""", note="disputes a line and asks for a breakdown")
em("dispute+already-paid", "en", """
You've left off our deposit. We paid $1,500 up front on Sept 8 and this invoice shows the full amount due as if we never paid a cent.
""", note="deposit paid; the balance is wrong")
em("dispute+hardship", "en", """
The amount is wrong - the quote was $2,800 - and honestly even that would be hard right now. We just had to close our second location.
""", amt="3400.00")

sms("dispute", "en", "u charged me twice for the same job")
sms("dispute", "en", "never got the materials ur billing me for")
sms("dispute", "en", "This isnt right. Mike said 450 for the whole thing")
sms("dispute", "en", "the door you put in sticks and the lock doesnt line up. not paying until its fixed")
sms("dispute", "en", "Wrong address. We're 318 not 381")
sms("dispute", "en", "we never agreed to the extra 2 days of labor?", note="question mark, but a dispute")
sms("dispute", "en", "why am i being billed for a permit you never pulled??")
sms("dispute", "en", "I want a credit for the damaged siding before I pay anything")
sms("dispute", "en", "still no handrail on the basement stairs. will pay when its done", note="conditional, no promise")
sms("dispute", "en", "Bill is 300 more than the estimate. Whats going on?")
sms("dispute", "en", "this is my landlords bill not mine")
sms("dispute+promise-to-pay", "en", "ill pay the 900 we agreed on friday. not the extra",
    sent="12-14 18:10", p="12-18", chk="wd:fri", note="partial promise, rest disputed")
sms("dispute+already-paid", "en", "I paid inv 1033 already and this is the same exact work. double billed")


# =============================================================================== already-paid
em("already-paid", "en", "Paid on the 3rd by ACH, trace 071000301455892.", sent="12-07")
em("already-paid", "en", "The check went out last week. #6102, mailed from our Naperville office.", sent="12-08")
em("already-paid", "en", "Our bank shows it cleared on 12/2. You should have it.", sent="12-04")
em("already-paid", "en", "Sent via Zelle on Sunday to the phone number on the invoice, {amt}.", sent="12-01")
em("already-paid", "en", "We paid by credit card on your portal on Nov 27 - receipt number HP-CC-40917.")
em("already-paid", "en", """
This was paid with invoice {inv2}. We combined the two into one wire on 11/25 for the total.
""")
em("already-paid", "en", "Hi Dana, we mailed a check on 11/24. Can you confirm you received it?",
   note="asks to confirm receipt: already-paid, not a question")
em("already-paid", "en", "Wire sent 12/1, confirmation 2026120100447. Can you confirm receipt?", sent="12-03",
   note="asks to confirm receipt: already-paid, not a question")
em("already-paid", "en", "Paid in full.")
em("already-paid", "en", "Done - we paid it this morning.", sent="12-10")
em("already-paid", "en", """
Hello,

I'm confused by this one. I called your office on November 30 and paid over the phone with my Visa. The woman I spoke with read back the last four digits and gave me confirmation number 118204, and the charge is on my card statement as HARBOR PINE BLDRS.

Could you look into it on your end? I'd rather not get charged twice.

Thanks,
{first}
""", sent="12-04", note="long; the request is to find the payment")
em("already-paid", "en", "Our AP system shows payment 88014 issued 11/30 for {amt}, referencing {inv}. Should have arrived by now.",
   sent="12-07")
em("already-paid", "en", """
My wife took care of this at the end of November through your website. The confirmation went to her email, I can have her forward it.
""")
em("already-paid", "en", "It's been paid, our bookkeeper sent it Tuesday via ACH.", sent="12-03")
em("already-paid", "en", "We're current. The payment posted to your account on the 1st according to our bank.",
   sent="12-04")
em("already-paid", "en", "Paid by money order, mailed 11/28. I kept the receipt stub, #22904881.")
em("already-paid", "en", "I paid Mike directly when he came by for the final walkthrough - he took a check for the full amount.")
em("already-paid", "en", """
Please check again. Your bank endorsed our check on 11/25 - I'm looking at the back of it in our online banking right now.
""")
em("already-paid", "en", """
The payment was made through our property manager's account (Lakeview Realty), so it may show under their name. It went out 11/26.
""")
em("already-paid", "en", "Paid via Bill.com, payment ID PMT-77X21. Status says Delivered.")
em("already-paid", "en", """
We pay card invoices through Plastiq. It was sent 11/28, and they mail a paper check to the vendor, so it may still be in transit.
""")
em("already-paid", "en", """
I paid this together with {inv2} through the online link on 11/29 and got one receipt for the total.
""")
em("already-paid", "en", """
Hi, I believe this is settled - we sent an ACH on 12/2 and our statement shows it went through on 12/3. Let me know if I'm wrong.
""", sent="12-07")
em("already-paid", "en", "Taken care of Friday.", sent="12-08")
em("already-paid", "en", "We paid you $2,150 on Nov. 24 with check #1044. Our bank shows it deposited Dec 1.",
   sent="12-03", amt="2150.00")
em("already-paid", "en", """
Paid with our company Amex on the 30th, card ending 1009.

--
Rob Kessler
Operations Manager | {company}
(630) 555-0166
""", sent="12-02", note="signature block")
em("already-paid+question", "en", """
Paid on 12/1 via ACH. Also, could you send us an updated statement for our year-end file?
""", sent="12-03", note="paid, plus a separate request")
em("already-paid+hardship", "en", """
We sent what we could - $400 on 11/30. The rest I honestly can't do until things pick up, we've had almost no work since October.
""", sent="12-03", note="part paid; the rest is hardship")
em("already-paid+promise-to-pay", "en", "Half went out yesterday by Zelle. The other half will be there by the 15th.",
   sent="12-08 14:30", p="12-15", chk="d:15", note="part paid, rest promised")

sms("already-paid", "en", "already sent")
sms("already-paid", "en", "paid on the 3rd", sent="12-07 12:10")
sms("already-paid", "en", "Sent it thru Venmo last nite", sent="12-09 08:15")
sms("already-paid", "en", "check went out last week", sent="12-09 15:40")
sms("already-paid", "en", "Paid with card yesterday. Confirmation 55901")
sms("already-paid", "en", "I zelled you Monday", sent="12-09 11:25")
sms("already-paid", "en", "we paid this already, pls check")
sms("already-paid", "en", "paid cash to your guy Luis on the last day of the job")
sms("already-paid", "en", "Bank says it cleared Thursday", sent="12-07 09:50")
sms("already-paid", "en", "I paid. Can you confirm you got it?", note="asks to confirm: already-paid, not a question")
sms("already-paid", "en", "paid via ACH 12/1 ref 8830172", sent="12-03 10:05")
sms("already-paid", "en", "Already paid it w the other bill")
sms("already-paid", "en", "ya pagué - sent it by Zelle yesterday", note="Spanish phrase in an English text")


# =============================================================================== hardship
em("hardship", "en", "I had knee surgery on the 16th and I'm off work for six weeks. I can't pay this right now. I'm sorry.")
em("hardship", "en", """
They laid off half our department last week, including me. Is there any way to set up a payment plan?
""", note="a question, but about paying: hardship")
em("hardship", "en", "Slow season for us. Could you take {amt} in three parts?")
em("hardship", "en", """
One of our clients is 120 days late on a $38,000 invoice, and until they pay we're scraping by. Can we push this out a month?
""", note="their client not paying them")
em("hardship", "en", """
I'm going through a divorce and our joint accounts are frozen until the lawyers sort it out. I'll pay when I can get to the money.
""", note="'I'll pay when' is no dated promise")
em("hardship", "en", """
My mother passed away on Thanksgiving. I'm dealing with the funeral and her estate right now and honestly can't think about this. Please give me some time.
""")
em("hardship", "en", "Cash flow is tight this quarter. Is there any way to split this into smaller payments?")
em("hardship", "en", "I can do $200 a month. Is that acceptable?", note="instalment offer, no date")
em("hardship", "en", "Can we split this? Half in January and half in February. December is killing us.",
   note="asks to split; months are no dated promise")
em("hardship", "en", """
Hi Dana,

I've been putting off answering this because I didn't know what to say. Landscaping is dead from December to March, everybody knows that, but this year the fall was bad too - we lost two commercial contracts to a bigger outfit in September and the rain in October cancelled almost three weeks of work.

I've got enough coming in to make payroll for my two guys through January and that's about it. I'm not going anywhere and I'm not going to stiff you. The patio you built for the shop is the best thing we've done to the place.

Could we do something like $300 a month starting in the spring when things turn around? If that doesn't work, tell me what would.

{first}
""", note="long; instalments starting in spring, no date")
em("hardship", "en", """
I'm on disability right now and my check barely covers rent. I want to pay you, but I'd need small payments, maybe $50 or $75 a month.
""")
em("hardship", "en", """
Our payroll company messed up and we had to cover two payrolls out of pocket. Could you give us until mid-January?
""", note="asks for time; mid-January is no dated promise")
em("hardship", "en", "We just found out our main supplier is going under and we're scrambling. Can this wait a few weeks?")
em("hardship", "en", "Honestly I don't know how I'm going to pay this. The shop flooded again in November.")
em("hardship", "en", "I broke my wrist and can't work. Do you have a hardship program or something like that?",
   note="asks about a hardship programme: hardship, not a question")
em("hardship", "en", """
Would you take $150 every two weeks? I'm a single-income household and the holidays are brutal.
""")
em("hardship", "en", """
Our accountant says we have to hold all non-essential payments until the refinance closes in the new year. I'm sorry, it's not what I want either.
""")
em("hardship", "en", "I was in the hospital with pneumonia for 10 days and I'm still recovering. Please be patient, I'll get to it.")
em("hardship", "en", "My husband lost his job at the plant. We'll need to do this in installments if that's ok with you.")
em("hardship", "en", """
Is there any way to get an extension? Business dropped off a cliff once the road construction started out front.
""")
em("hardship", "en", """
Dana,

I'm embarrassed to write this. We're behind on rent at the shop and I've been choosing which bills to pay each week. I'd like to pay you something every Friday until it's done - even $100 - if that's all right with you.

{first}
""", note="recurring instalments, no single dated promise")
em("hardship", "en", "Can I pay part now and the rest when my tax refund comes in?")
em("hardship", "en", """
Three of our trucks broke down in November and the repairs wiped out our cash. I can start paying something in January.
""", note="'in January' is no dated promise")
em("hardship", "en", """
I'm a school bus driver and we don't get paid over the winter break. Could I make smaller payments starting next month?
""")
em("hardship", "en", """
Our largest tenant went bankrupt and we've lost about 30% of our rent roll overnight. We need to talk about a payment arrangement.

{first}
{company}
""")
em("hardship", "en", "Our daughter's medical bills have us completely underwater. I'm so sorry about this.")
em("hardship", "en", """
Sorry Dana, mi mamá está en el hospital and I've been going back and forth to Guadalajara. I need a little more time to pay this.
""", note="Spanish phrase in English")
em("hardship+promise-to-pay", "en", "Work has been slow, but I can pay $300 on the 15th and another $300 on January 15.",
   sent="12-08 10:20", p="12-15", chk="d:15", note="first instalment dated")
em("hardship+promise-to-pay", "en", """
I'm between jobs, but my severance lands next Friday and I'll pay you the full amount that day.
""", sent="12-04 12:15", p="12-11", chk="nw:fri", note="'next Friday' said on a Friday")
em("hardship+promise-to-pay", "en", """
We're tight after the layoffs, but I can send $500 by EOW and the rest in January.
""", sent="12-14 09:30", p="12-18", chk="tw:fri", note="EOW = this Friday; partial payment")
em("hardship+question", "en", """
Between chemo appointments and being out of work I'm behind on everything. Can you tell me what the remaining balance is after my deposit?
""", note="hardship plus a real question about the balance")

sms("hardship", "en", "lost my job last month. can i do 50 a week")
sms("hardship", "en", "cant pay rn, had surgery. sorry")
sms("hardship", "en", "is there any way to split this into 3 payments")
sms("hardship", "en", "my business partner bailed and left me with all the debt. need more time")
sms("hardship", "en", "Slow season, can i pay 200 now and the rest in jan?")
sms("hardship", "en", "Dad passed last week. I'll get to this when I can")
sms("hardship", "en", "my client hasnt paid me so i cant pay you yet. sorry man")
sms("hardship", "en", "Can I do $100/month? Money is super tight")
sms("hardship", "en", "divorce is taking everything rn, give me some time please")
sms("hardship", "en", "got laid off. any chance of a payment plan?")
sms("hardship+promise-to-pay", "en", "can only do 250 for now, ill send it friday",
    sent="12-09 20:10", p="12-11", chk="wd:fri", note="partial payment promised")


# =============================================================================== promise-to-pay
em("promise-to-pay", "en", "I'll pay it Friday.", sent="12-08 09:15", p="12-11", chk="wd:fri")
em("promise-to-pay", "en", "We'll have it to you before the end of the month, Dana.", sent="12-07 13:25", p="12-31",
   chk="eom")
em("promise-to-pay", "en", "Payment will go out next Friday.", sent="12-05 11:10", p="12-11", chk="nw:fri",
   note="'next Friday' said on a Saturday")
em("promise-to-pay", "en", "We'll pay on 12/15.", sent="12-07 10:00", p="12-15", note="US month/day")
em("promise-to-pay", "en", "Mid-month is when we pay vendors - you'll have it on the 15th.", sent="12-04 13:10",
   p="12-15", chk="d:15")
em("promise-to-pay", "en", "I get paid on the 11th, will pay then. Sorry for the wait.", sent="12-08 19:00",
   p="12-11", chk="d:11", note="payday with a date")
em("promise-to-pay", "en", "We'll settle up after the holidays.", note="'after the holidays': no date")
em("promise-to-pay", "en", "By EOW.", sent="12-15 08:50", p="12-18", chk="tw:fri")
em("promise-to-pay", "en", "Sorry for the delay! Sending it by EOW.", sent="12-08 10:00", p="12-11", chk="tw:fri")
em("promise-to-pay", "en", """
Our controller is out until Wednesday. She'll release the payment that afternoon.
""", sent="12-04 15:30", p="12-09", chk="wd:wed")
em("promise-to-pay", "en", "We'll pay it in two weeks when the draw from the bank comes through.", sent="12-03 11:00",
   p="12-17", chk="+14")
em("promise-to-pay", "en", "Payment is set for the first week of January.", sent="12-11 14:00", p="01-08",
   note="'first week of January' taken as Jan 4-8, end of range")
em("promise-to-pay", "en", "Hi Dana, I'll pay the full balance on Monday, December 14.", sent="12-09 16:00",
   p="12-14")
em("promise-to-pay", "en", "Next Thursday.", sent="12-10 09:30", p="12-17", chk="nw:thu",
   note="'next Thursday' said on a Thursday")
em("promise-to-pay", "en", """
Hey Dana,

Just getting back to you on this. We've had family in from Ohio since Thanksgiving and my desk has been buried under everyone's coats, so I'm only now going through the mail. Found your invoice, found the checkbook. I'll write it out this weekend and drop it in the mail Tuesday on my way to work.

Hope you and the crew are staying warm. The new siding held up great through that wind last week.

{first}
""", sent="12-10 20:30", p="12-15", chk="wd:tue", note="long; mailing date buried in the middle")
em("promise-to-pay", "en", "We will remit payment on or before December 21.", sent="12-11 10:45", p="12-21")
em("promise-to-pay", "en", "I'm putting it on my card tomorrow.", sent="12-16 21:00", p="12-17", chk="+1")
em("promise-to-pay", "en", "Let me get through payroll this week and I'll pay you Monday.", sent="12-09 12:20",
   p="12-14", chk="wd:mon")
em("promise-to-pay", "en", "Yes, we'll take care of it. Just need my partner to sign the check.", note="no date")
em("promise-to-pay", "en", "Will be paid in the next few days.", note="no date")
em("promise-to-pay", "en", "I'll pay sometime next week.", sent="12-03 17:45",
   note="'next week' with no day: no date")
em("promise-to-pay", "en", "By the end of next week at the latest.", sent="12-08 15:20", p="12-18", chk="nw:fri",
   note="'end of next week' taken as its Friday")
em("promise-to-pay", "en", "We'll transfer it the day after tomorrow.", sent="12-14 10:00", p="12-16", chk="+2")
em("promise-to-pay", "en", """
Will pay on the 10th.

Jim Sandoval
Sandoval Heating & Air
Licensed - Bonded - Insured
""", sent="12-02 07:50", p="12-10", chk="d:10", note="signature block")
em("promise-to-pay+question", "en", "I'll pay on the 18th. Is there a fee if I use a credit card?",
   sent="12-10 11:30", p="12-18", chk="d:18")

sms("promise-to-pay", "en", "will pay on payday", note="payday without a date")
sms("promise-to-pay", "en", "friday for sure", sent="12-15 19:20", p="12-18", chk="wd:fri")
sms("promise-to-pay", "en", "paying it 12/15", sent="12-10 13:40", p="12-15", note="US month/day")
sms("promise-to-pay", "en", "i can pay on the 23rd", sent="12-16 18:05", p="12-23", chk="d:23")
sms("promise-to-pay", "en", "ill send it end of month", sent="12-09 12:50", p="12-31", chk="eom")
sms("promise-to-pay", "en", "after the holidays ok?", note="'after the holidays': no date; a question in form only")
sms("promise-to-pay", "en", "Tomorrow", sent="12-07 21:00", p="12-08", chk="+1")
sms("promise-to-pay", "en", "will pay by EOW", sent="12-16 08:30", p="12-18", chk="tw:fri")
sms("promise-to-pay", "en", "ill mail the check monday", sent="12-04 17:15", p="12-07", chk="wd:mon")
sms("promise-to-pay", "en", "next friday. sorry for the wait", sent="12-06 17:40", p="12-11", chk="nw:fri",
    note="'next Friday' said on a Sunday")
sms("promise-to-pay", "en", "I'll have it for you in 10 days", sent="12-05 14:25", p="12-15", chk="+10")
sms("promise-to-pay", "en", "I'll pay you Friday, sin falta", sent="12-14 12:00", p="12-18", chk="wd:fri",
    note="Spanish phrase in English")
sms("promise-to-pay+question", "en", "can pay tuesday. do i make the check to harbor and pine or harbor & pine builders?",
    sent="12-11 16:30", p="12-15", chk="wd:tue")


# =============================================================================== question
em("question", "en", "Could you send me a copy of the invoice? The attachment on the original email won't open.")
em("question", "en", """
Our new AP software wants a current W-9 on file for every vendor. Would you mind sending one over?
""")
em("question", "en", "Is there a fee for paying by card? I'd rather not pay 3% if I can avoid it.")
em("question", "en", "Which invoice is this? We have three open with you and the email doesn't say.")
em("question", "en", "Where do I mail a check? Is it the Clybourn address or the PO box?")
em("question", "en", """
Could you itemize this? I need labor, materials and disposal listed separately for our insurance claim.
""")
em("question", "en", "Can you remind me what project this is for? I don't have the paperwork in front of me.")
em("question", "en", "Do you need the payment to reference the invoice number, or is our customer number enough?")
em("question", "en", "Is the amount on {inv} before or after the deposit?")
em("question", "en", "Can we pay by wire? If so, please send the instructions on company letterhead.")
em("question", "en", """
Hi - could you resend this with the property address on it? The owners want to see which building it's for.
""")
em("question", "en", "Do you offer any discount for paying early?")
em("question", "en", "Do you have a customer portal where I can see all our invoices in one place?")
em("question", "en", "Is this the final bill, or is there another one coming for the electrical?")
em("question", "en", "What's the due date on this? The PDF says net 30 but your email says past due.")
em("question", "en", """
Our construction lender won't release the draw without an unconditional lien waiver from you. Can you send one along with a copy of this invoice?
""")
em("question", "en", """
Hi Dana,

Two quick things before I can process this:
1. Can you confirm the remit-to name? Our system has you as "Harbor and Pine LLC".
2. Is {inv} subject to sales tax? It wasn't charged and our auditors will ask.

Thanks,
{first}
Accounts Payable
""", note="numbered list of questions")
em("question", "en", "What card types do you accept? We only have a Discover business card.")
em("question", "en", "Is there a phone number I can call to pay? I'd rather not put my card number into a link.")
em("question", "en", "Can you break out how much of this is for the gutters vs the fascia repair?")
em("question", "en", "Do I need to include a copy of the invoice with the check?")
em("question", "en", "How long do you give before late fees kick in?")
em("question", "en", """
hello, i'm helping my dad with his mail. what is this bill for and who do we make the check out to
""", note="no question mark")

sms("question", "en", "where do i send the check")
sms("question", "en", "Whats the invoice # for this")
sms("question", "en", "can you text me a copy of the bill")
sms("question", "en", "Is there a card fee?")
sms("question", "en", "does the total include tax")
sms("question", "en", "which house is this for? we own 3")
sms("question", "en", "Can I pay at the office?")
sms("question", "en", "do u take credit card over the phone")


# =============================================================================== auto-reply
em("auto-reply", "en", """
Thank you for your message. I'm away from the office until Monday, December 14, with no access to email. For anything urgent, please call our front desk at (312) 555-0108.
""", sent="12-08", ah=True, subj="Out of Office: {s}")
em("auto-reply", "en", """
I'm on parental leave until February 15, 2027. For anything invoice related, please contact ap@{domain}.
""", sent="12-03", ah=False, subj="Automatic reply: {s}", note="parental leave")
em("auto-reply", "en", """
Your message has been received. Ticket #51904 has been created and a member of our finance team will reply within two business days.

Please keep the ticket number in the subject line of any follow-up.
""", sent="12-04", ah=True, subj="[Ticket #51904] Re: {s}", frm=("{company} Finance", "finance@{domain}"))
em("auto-reply", "en", """
Thank you for your email to {company} Accounts Payable. We have received your message and will review it in the order it was received. Payment status inquiries are answered within 5 business days.

This mailbox is not monitored for replies.
""", sent="12-07", ah=False, subj="RE: {s}", frm=AP, note="no headers; mentions payment")
em("auto-reply", "en", """
I'm attending a conference December 9-11 and will have limited access to email. I'll respond to your message when I'm back on Monday.
""", sent="12-09", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Thanks for your email. I'm on jury duty this week and will only be checking messages in the evenings.
""", sent="12-14", ah=False, subj="Re: {s}", note="no headers, Re: subject")
em("auto-reply", "en", """
Our offices are closed for the holidays from December 24 through January 1. Messages received during this time will be answered in the order they arrive after we reopen on January 4. We wish you a safe and happy holiday season!
""", sent="12-18", ah=True, subj="Holiday hours - {s}", frm=("{company}", "office@{domain}"))
em("auto-reply", "en", """
This inbox is for invoice submission only. Statements, reminders and payment inquiries sent here are not processed. Please direct questions about payment status to apinquiries@{domain}.
""", sent="12-10", ah=False, subj="Re: {s}", frm=AP, note="reads like a request; no headers")
em("auto-reply", "en", """
Hello! I'm out of the office visiting family until December 28. I'll get back to you when I return. Happy holidays!
""", sent="12-17", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Automatic reply: I am on medical leave until further notice. Please send anything related to billing or payments to accounting@{domain}.
""", sent="12-02", ah=False, subj="Re: {s}", note="no headers; 'automatic reply' only in the words")
em("auto-reply", "en", """
We have received your email and assigned it case number CS-20461. A representative will be in touch shortly. Replies to this message are not monitored.
""", sent="12-11", ah=True, subj="Case CS-20461 received: {s}", frm=("{company} Customer Care", "care@{domain}"))
em("auto-reply", "en", """
Please note I'm now working part-time, Mondays and Wednesdays only. Responses may be delayed.
""", sent="12-04", ah=False, subj="Automatic reply: {s}")
em("auto-reply", "en", """
I'm out of the office on Friday, December 11, and will return Monday. If you need immediate help, please call (847) 555-0162.
""", sent="12-11", ah=True, subj="Out of Office: {s}")

sms("auto-reply", "en", "I'm driving right now - I'll get back to you soon.", sent="12-10", note="phone auto-text")
sms("auto-reply", "en", """
Thanks for texting Hughes Auto Body! We reply during business hours, Mon-Fri 8am-5pm. For towing call (773) 555-0176.
""", sent="12-06", note="business auto-text")


# =============================================================================== other
em("other", "en", "Thanks, Dana. Forwarded to our AP team.")
em("other", "en", "I'll look into it and get back to you.", note="looking into it is no promise")
em("other", "en", """
Wrong person - try Sarah in accounting, skowalski@{domain}. She handles all the vendor invoices.
""", note="wrong contact, not denying the debt")
em("other", "en", """
Please use my new number, (312) 555-0193, and my new email, rkline@mailbox.example, from now on. This account closes at the end of the year.
""", note="new contact details")
em("other", "en", "Rec'd.")
em("other", "en", "Okay, thanks.")
em("other", "en", """
Honestly the tone of these emails is a bit much. We've been customers for six years. A personal note would go a lot further than "FINAL NOTICE" in the subject line.
""", note="complains about tone; no dispute, no opt-out")
em("other", "en", "Bit aggressive for a first reminder, no?", note="rhetorical question about tone")
em("other", "en", "Brutal out there today! Hope your crews aren't working outside in this. I'll pass this to the office.")
em("other", "en", """
Hi Dana!

Long time no talk. I keep meaning to write and tell you how much we love the sunroom. We've basically moved in there - the kids do homework at the table in the afternoons and my husband has claimed the corner chair for his crossword every morning. The light in there in December is unreal.

We're thinking about redoing the upstairs bath next year, probably in the spring once my sister's wedding is behind us. I'll reach out to Mike when we're ready to get a quote.

Hope you all have a wonderful Christmas,
{first}
""", note="long and chatty; no payment content")
em("other", "en", "Looping in Brian, our new controller, who'll be your contact from now on.")
em("other", "en", """
Please direct billing things to our office manager, Jo, at (847) 555-0116. I'm only on site two days a week.
""")
em("other", "en", "My wife handles the house stuff, I've sent this over to her.")
em("other", "en", "Appreciate the nudge.")
em("other", "en", "I'm out sick today, I'll look at this when I'm back.", note="no promise")
em("other", "en", """
This is the third email I've gotten from your system today. Something might be broken on your end.
""", note="complains about volume; does not ask to stop")
em("other", "en", """
Our office is moving on January 4th. New address: 2200 W Fulton St, Chicago IL 60612. Please update your records.
""", note="a date, but no promise")
em("other", "en", "Saw this. Let's talk tomorrow at the site meeting.")
em("other", "en", "Merry Christmas! Mike and the crew did an amazing job on the mudroom.")
em("other", "en", "Let me check with our controller and circle back.")
em("other", "en", "Attaching the signed final inspection report for your records.")
em("other", "en", """
Please cc my assistant Mandy on anything billing related going forward: mandy@{domain}.
""", note="new contact details")
em("other", "en", "Can't deal with this today. I'll call you later this week.", note="a call, no promise")
em("other", "en", "I just wanted to say the new kitchen is perfect. My mother cried when she saw it.")
em("other", "en", """
FYI I'm no longer the contact for {company}. Please reach out to Jerome Blake going forward.
""")
em("other", "en", "Thanks - I'll run this by my accountant.")
em("other", "en", """
Dana,

Not sure if this is the right place for it, but the gate latch Mike replaced in November is already sticking again. No rush, whenever someone is in the neighborhood.

Thanks
""", note="a service request, not a dispute")

sms("other", "en", "Okay")
sms("other", "en", "Got it. Busy on a job, will call later")
sms("other", "en", "wrong person, try my wife at 773 555 0142")
sms("other", "en", "Thanks!")
sms("other", "en", "\U0001F44C")
sms("other", "en", "this is the new number for Anne, old phone died")
sms("other", "en", "Cold one today! stay warm guys")
sms("other", "en", "Ill have a look later", note="looking is no promise")
sms("other", "en", "recieved thx")
sms("other", "en", "ok passing this to my boss")
