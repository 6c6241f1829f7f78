/**
 * Head nouns of job titles (the last word: "computer systems *administrator*"), from the US BLS
 * Standard Occupational Classification's most common title endings. Lower-case.
 */
export const JOB_HEADS = new Set([
  'accountant', 'actor', 'actress', 'actuary', 'adjuster', 'administrator', 'adviser', 'advisor', 'agent', 'aide',
  'analyst', 'animator', 'announcer', 'appraiser', 'architect', 'archivist', 'artist', 'assembler', 'assistant',
  'associate', 'attendant', 'attorney', 'auditor', 'author', 'baker', 'banker', 'barber', 'bartender', 'biologist',
  'bookkeeper', 'broker', 'builder', 'butcher', 'buyer', 'carpenter', 'caretaker', 'cashier', 'ceo', 'cfo', 'chef',
  'chemist', 'cleaner', 'clerk', 'coach', 'consultant', 'controller', 'cook', 'coordinator', 'counselor',
  'counsellor', 'courier', 'curator', 'cto', 'dancer', 'dentist', 'designer', 'developer', 'dietitian', 'director',
  'dispatcher', 'doctor', 'driver', 'economist', 'editor', 'electrician', 'engineer', 'estimator', 'examiner',
  'executive', 'farmer', 'firefighter', 'fitter', 'guard', 'handler', 'helper', 'housekeeper', 'hygienist',
  'illustrator', 'inspector', 'installer', 'instructor', 'intern', 'investigator', 'janitor', 'journalist', 'judge',
  'laborer', 'labourer', 'lawyer', 'lecturer', 'librarian', 'machinist', 'manager', 'mechanic', 'midwife',
  'musician', 'nanny', 'nurse', 'nutritionist', 'officer', 'operator', 'optician', 'optometrist', 'packager',
  'paralegal', 'paramedic', 'pharmacist', 'photographer', 'physician', 'physicist', 'pilot', 'planner', 'plumber',
  'president', 'producer', 'professor', 'programmer', 'psychologist', 'receptionist', 'recruiter', 'repairer',
  'reporter', 'representative', 'researcher', 'salesperson', 'scientist', 'secretary', 'setter', 'singer',
  'sorter', 'specialist', 'statistician', 'steward', 'stewardess', 'supervisor', 'surgeon', 'surveyor', 'tailor',
  'teacher', 'technician', 'technologist', 'teller', 'tender', 'therapist', 'trainer', 'translator', 'treasurer',
  'tutor', 'underwriter', 'veterinarian', 'waiter', 'waitress', 'welder', 'worker', 'writer',
]);

/** Occupations the list lacks but whose suffix gives away ("echocardiographer", "radiologist"). */
export const JOB_SUFFIX = /(?:ographer|ologist|ician|iatrist|ometrist)$/;
