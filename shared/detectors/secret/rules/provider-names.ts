/**
 * SaaS and API providers whose keys have no distinctive prefix, so scanners (TruffleHog's
 * detectors, kingfisher's and gitleaks' keyword rules) find them by the provider's name next to
 * the value. Lower-case, as written in variable names (`cloudsmith_api_key`, `WANDB_API_KEY`).
 * Names that are common English words are listed apart (`WORD_PROVIDER_NAMES`).
 */
export const PROVIDER_NAMES = [
  // Dev tools, CI, code hosting and registries
  'artifactory', 'jfrog', 'bitbucket', 'circleci', 'travis', 'droneci', 'codecov', 'coveralls', 'codacy', 'codeclimate',
  'sonarqube', 'sonarcloud', 'sourcegraph', 'snyk', 'jenkins', 'teamcity', 'buildkite', 'semaphoreci', 'appveyor', 'bitrise',
  'codemagic', 'cloudsmith', 'packagecloud', 'gemfury', 'nuget', 'dockerhub', 'sentry', 'bugsnag', 'rollbar',
  'airbrake', 'raygun', 'honeybadger', 'logrocket', 'launchdarkly', 'optimizely', 'split.io', 'browserstack', 'saucelabs',
  'lambdatest', 'testingbot', 'postman', 'rapidapi', 'apify', 'scrapingbee', 'scraperapi',
  'scrapingant', 'zenrows', 'zenscrape', 'scrapestack', 'scrapfly', 'browshot', 'restpack', 'screenshotapi', 'urlscan',
  // Observability and on-call
  'datadog', 'newrelic', 'dynatrace', 'honeycomb', 'lightstep', 'loggly', 'logzio', 'papertrail', 'sumologic', 'splunk',
  'pagerduty', 'opsgenie', 'statuspage', 'statuscake', 'uptimerobot', 'pingdom', 'betterstack', 'logtail', 'checkly',
  'grafana', 'instana', 'blazemeter', 'gtmetrix', 'websitepulse',
  // Messaging, e-mail and telephony
  'sendgrid', 'mailgun', 'mailchimp', 'mandrill', 'mailjet', 'postmark', 'sparkpost', 'sendinblue', 'brevo', 'mailerlite',
  'moosend', 'convertkit', 'klaviyo', 'customerio', 'pepipost', 'netcore', 'elasticemail', 'mailersend', 'mailtrap',
  'twilio', 'nexmo', 'vonage', 'plivo', 'telnyx', 'messagebird', 'sinch', 'clicksend', 'textmagic', 'bulksms', 'signalwire',
  'pusher', 'pubnub', 'ably', 'sendbird', 'onesignal', 'pushbullet', 'intercom', 'zendesk', 'freshdesk',
  'helpscout', 'nicereply', 
  // Product, CRM, productivity
  'hubspot', 'salesforce', 'pipedrive', 'zoho', 'insightly', 'closecrm', 'capsulecrm', 'nethunt', 
  'teamworkcrm', 'teamworkdesk', 'teamworkspaces', 'centralstationcrm', 'salesflare', 'salesmate', 'freshworks', 'trello',
  'asana', 'clickup', 'wrike', 'todoist', 'airtable', 'smartsheet', 'smartsheets', 'notion', 'miro',
  'figma', 'zeplin', 'typeform', 'jotform', 'surveymonkey', 'surveybot', 'surveysparrow', 'paperform', 'formstack',
  'calendly', 'calendarific', 'everhour', 'toggl', 'clockify', 'timecamp', 'myintervals', 'nozbe', 'tefter',
  'pivotaltracker', 'productboard', 'mixpanel', 'amplitude', 'fullstory',
  'hotjar', 'posthog', 'plausible', 'beamer', 'userflow', 'appcues', 'pendo', 'delighted', 'signupgenius',
  'reallysimplesystems', 'refiner', 'supernotes', 'versioneye', 'parseur', 'docparser', 'codequiry', 'fileio', 'buttercms',
  'contentful', 'storyblok', 'prismic', 'strapi', 'webflow', 'squarespace', 'shopify', 'bigcommerce',
  'woocommerce', 'gumroad', 'eventbrite', 'ticketmaster', 'yelp', 'foursquare', 'unsplash', 'pixabay', 'shutterstock',
  'cloudinary', 'imagekit', 'uploadcare', 'filestack', 'bannerbear', 'shotstack', 'wistia', 'vimeo',
  // Payments and finance
  'stripe', 'braintree', 'paypal', 'adyen', 'squareup', 'razorpay', 'paystack', 'flutterwave', 'mollie',
  'gocardless', 'wepay', 'dwolla', 'plaid', 'coinbase', 'binance', 'kraken', 'bitfinex', 'bitmex', 'kucoin', 'poloniex',
  'etherscan', 'bscscan', 'infura', 'moralis', 'pagarme', 'recurly', 'chargebee', 'paddle', 'taxjar',
  'fastforex', 'currencyfreaks', 'currencylayer', 'exchangerate', 'openexchangerates', 'vatlayer', 'finnhub',
  'alphavantage', 'polygon.io', 'tiingo', 'twelvedata', 'marketstack', 'iexcloud', 'theoddsapi', 'requestfinance',
  'paydirtapp',
  // Data, maps, weather, misc APIs
  'mapbox', 'mapquest', 'here.com', 'tomtom', 'geoapify', 'geocodio', 'opencage', 'ipinfo', 'ipstack', 'ipgeolocation',
  'abstractapi', 'positionstack', 'openweather', 'openweathermap', 'pyowm', 'weatherstack', 'weatherbit', 'accuweather',
  'tomorrowio', 'newsapi', 'mediastack', 'serpapi', 'serpstack', 'numverify', 'mailboxlayer', 'zerobounce', 'kickbox',
  'hunter.io', 'clearbit', 'fullcontact', 'peopledatalabs', 'builtwith', 'shodan', 'censys', 'virustotal', 'abuseipdb',
  'securitytrails', 'recaptcha', 'hcaptcha', 'algolia', 'meilisearch', 'typesense', 'pinecone', 'weaviate', 'qdrant',
  'wandb', 'weightsandbiases', 'cometml', 'clarifai', 'deepgram', 'assemblyai', 'speechtext', 'elevenlabs',
  'runpod', 'uclassify', 'monkeylearn', 'meaningcloud', 'diffbot', 'smartystreets', 'ubidots',
  'thingsboard', 'adafruit', 'blynk', 'documo', 'eagleeyenetworks', 'fleetbase', 'flexport', 'shippo',
  'easypost', 'aftership', 'buddyns', 'nightfall', 'findl', 'stitchdata',   'calorieninjas', 'edamam', 'spoonacular', 'nutritionix', 'rawg', 'igdb', 'lastfm', 'spotify',
  'soundcloud', 'musixmatch', 'vatsense', 'aiven', 'cloudant', 'couchbase', 'upstash', 
  'planetscale', 'cockroach', 'mongodbatlas', 'fly.io', 'vercel', 'netlify', 'linode',
  'vultr', 'scaleway', 'hetzner', 'ovh', 'backblaze', 'wasabi', 'rackspace', 'ngrok', 'tailscale', 'zerotier', 'cloudflare',
  'fastly', 'akamai', 'bunnycdn', 'keycdn', 'auth0', 'okta', 'onelogin', 'jumpcloud', 'stytch', 
  'magicbell', 'zapier', 'integromat', 'make.com', 'pipedream', 'n8n', 'ifttt',
  // More of TruffleHog's keyword-only detectors
  'autopilot', 'blitapp', 'bugherd', 'karmacrm', 'loadmill', 'loyverse', 'mailmodo', 'signaturit', 'simvoly',
  'timezoneapi', 'geocodify', 'graphhopper', 'hiveage', 'holidayapi', 'ipapi', 'scrapeowl', 'scraperbox', 'screenshotlayer',
  'sheety', 'shipday', 'sirv', 'skrappio', 'sportsmonk', 'stormglass', 'surveyanyplace', 'swiftype',
  'tatumio', 'teamgate', 'tickettailor', 'tokeet', 'tradier', 'travelpayouts', 'upcdatabase',
  'uplead', 'userstack', 'verimail', 'veriphone', 'vouchery', 'walkscore', 'whoxy', 'worksnaps', 'yousign', 'zipcodeapi',
  'zipbooks', 'zonka', 'abyssale', 'adzuna', 'aeroworkflow', 'airship', 'airvisual', 'alconost',
  'alegra', 'aletheia', 'allsports', 'amadeus', 'ambee', 'apacta', 'api2cart', 'apideck', 'apiflash', 'apifonica',
  'apimatic', 'apitemplate', 'appfollow', 'appointedd', 'apptivo', 'artsy', 'atera', 'audd', 'autodesk', 'autoklose',
  'avaza', 'aviationstack', 'axonaut', 'aylien', 'ayrshare', 'baremetrics', 'beebole', 'besnappy', 'besttime', 'billomat',
  'bitbar', 'bitly', 'blocknative', 'bombbomb', 'boostnote', 'borgbase', 'brandfetch', 'budibase', 'bulbul', 'caflou',
  'campayn', 'cannyio', 'captaindata', 'carboninterface', 'cashboard', 'caspio', 'chartmogul', 'checklyhq', 'checkvist',
  'clickhelp', 'clinchpad', 'clockworksms', 'cloudconvert', 'cloudelements', 'cloudimage', 'cloudmersive', 'cloverly',
  'clustdoc', 'coinapi', 'coinlayer', 'coinlib', 'commercejs', 'companyhub', 'countrylayer', 'craftmypdf', 'crowdin',
  'cryptocompare', 'currencycloud', 'currencyscoop', 'currentsapi', 'dailyco', 'dandelion', 'dareboost', 'databox',
  'deepai', 'demio', 'deputy', 'detectify', 'detectlanguage', 'dfuse', 'diggernaut', 'disqus', 'dnscheck',
  'dovico', 'dronahq', 'dynalist', 'dyspatch', 'easyinsight', 'edenai', 'enablex', 'ethplorer', 'exportsdk',
  'extractorapi', 'faceplusplus', 'feedier', 'fetchrss', 'fibery', 'finage', 'flightapi', 'flightlabs', 'flightstats',
  'flowflu', 'flowdash', 'formbucket', 'formcraft', 'fusebill', 'fxmarket', 'geckoboard', 'gengo', 'getgeoapi',
  'getgist', 'getresponse', 'getsandbox', 'gitter', 'glassnode', 'gocanvas', 'goodday', 'graphcms', 'groovehq',
  'gyazo', 'happyscribe', 'hellosign', 'helpcrunch', 'hereapi', 'hybiscus', 'hypertrack', 'iconfinder', 'iexapis',
  'imagga', 'instamojo', 'interseller', 'intrinio', 'invoiceocean', 'ipify', 'ipquality', 'juro', 'kanbantool',
  'keenio', 'klipfolio', 'knapsackpro', 'kontent', 'kylas', 'languagelayer', 'leadfeeder', 'lemlist', 'lendflow',
  'lexigram', 'linkpreview', 'liveagent', 'livestorm', 'lokalise', 'loginradius', 'lunchmoney', 'madkudu', 'mailsac',
  'mavenlink', 'meistertask', 'mesibo', 'metaapi', 'metrilo', 'mindmeister', 'moonclerk', 'myfreshworks', 'nasdaq',
  'neutrinoapi', 'newscatcher', 'nftport', 'nimble', 'noticeable', 'nylas', 'oanda', 'omnisend', 'onedesk', 'onepagecrm',
  'oopspam', 'openaq', 'opencagedata', 'opendatasoft', 'opengraphr', 'openuv', 'owlbot', 'pandadoc', 'pandascore',
  'paralleldots', 'partnerstack', 'passbase', 'pastebin', 'paymoapp', 'paymongo', 'pdflayer', 'pdfshift', 
  'planyo', 'podio', 'pollsapi', 'postageapp', 'powrbot', 'prodpad', 'proxycrawl', 'qase', 'qualaroo',
  'qubole', 'rebrandly', 'reachmail', 'rentman', 'repairshopr', 'replyio', 'ringcentral', 'ritekit', 'rocketreach',
  'rockset', 'route4me', 'rownd', 'salesblink', 'salescookie', 'satismeter', 'scalr', 'scrutinizer', 'selectpdf',
  'serphouse', 'sherpadesk', 'signable', 'simplesat', 'simplynoted', 'siteleaf', 'skybiometry', 'smooch', 'snipcart',
  'sslmate', 'statuspal', 'stockdata', 'storecove', 'stormboard', 'storychief', 'strava', 'sugester', 'survicate',
  'tallyfy', 'teletype', 'thinkific', 'thousandeyes', 'tmetric', 'tyntec', 'typetalk', 'unifyid',
  'unplugg', 'upwave', 'vbout', 'viewneo', 'visualcrossing', 'voicegain', 'voodoosms', 'vyte',
  'webscraper', 'webscraping', 'workstack', 'worldcoinindex', 'worldweather', 'zenkit',
  'zenserp', 'zipapi', 'zipcodebase', 'zulip',
] as const;

/**
 * Providers named by an English word (Front, KarmaCRM's `karma`, Shortcut, Holistic): next
 * to a random value the word alone still reads as prose more often than as a key name, so these
 * count only when a key word follows the name (`front.key.…`, `SHORTCUT_API_TOKEN=…`,
 * `holisticTOKEN-…`). Words as common as `float`, `box` or `user` stay out even so.
 */
export const WORD_PROVIDER_NAMES = ['front', 'karma', 'shortcut', 'holistic'] as const;
