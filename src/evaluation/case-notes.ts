/**
 * Why the book places each library case where it does. Pages render these at build time (the
 * typology widget's case readings, "Open the model"); the widget's JavaScript does not carry them.
 */

/** The book's reasoning for each case in cases.ts, by id (a test checks the two lists match). */
export const caseReasons: Record<string, string> = {
  'surgery-patients':
    'The patient’s part in the operation is intrinsic to the service, not a choice to take part, and it concerns one encounter.',
  'care-home-residents':
    'Residents shape the home’s life for themselves and each other even when they did not choose to live there or, with dementia, do not know it.',
  'students-in-class':
    'Learning cannot happen without the learner: the contribution is part of the service itself.',
  'tax-returns-online':
    'Entering one’s own data through a screen is a passive, low-intensity form of the intrinsic co-production every service involves.',
  'offender-resisting':
    'In coercive services resistance is itself a form of co-production; it is flagged because it can turn into co-destruction.',
  'oncology-care-plan':
    'The source uses it to show active engagement with intrinsic co-production; because the patients help shape the plan, it also reads as co-design.',
  'care-package-design':
    'The older person and their carers choose to take an active part in designing their own care.',
  'day-support-feedback':
    'Users deliberately give feedback that the unit uses to improve the service for everyone.',
  'pothole-reports':
    'Citizens choose to send information that the administration uses to improve an existing service.',
  'faith-schools':
    'Parents choose to co-produce their children’s education within a religious framework; the source cites it for co-destruction through the divides it may deepen, not for a quadrant.',
  'adult-with-ms':
    'Only a few consultations a year, but a lived experience made of many interactions with the care system and their effect on daily life.',
  'mental-health-system':
    'The person’s life shapes how they meet the system, and being inside the system shapes their life in turn.',
  'free-schools':
    'Parents deliberately create a new school, with its management and oversight of teaching, inside the education system.',
  'disabled-adults-alternatives':
    'Adults with physical disabilities work within community care to generate new resources in place of residential homes.',
  'urban-living-lab':
    'Volunteers prototype new services with the city: voluntary, conscious and aimed at new forms of delivery.',
};
