import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.grafana_token': {
    positive: [
      { text: 'GRAFANA_TOKEN=glsa_turR9NWQyC248sKsESm2k4CK29Z0Z5yt_3a1904b7', match: 'glsa_turR9NWQyC248sKsESm2k4CK29Z0Z5yt_3a1904b7' },
      { text: 'Authorization: Bearer glc_HncL1dLC4rYtALNmL1L5jwDUJ7hWEicakvoXOA7F9a0Kutn5J0wJuSE6rFhv6XNEdaWLhvbBE0zSWTQ9k3tkcaNofu2AJyEwQ95os4irvdzdY4doDrnE1Ryb', match: 'glc_HncL1dLC4rYtALNmL1L5jwDUJ7hWEicakvoXOA7F9a0Kutn5J0wJuSE6rFhv6XNEdaWLhvbBE0zSWTQ9k3tkcaNofu2AJyEwQ95os4irvdzdY4doDrnE1Ryb' },
      { text: 'key=eyJrIjoi6V919BdJYShLkpz2L4fJnimQvs44PQn5waJ9NG0O46aC7tHc6ekaBMMjaTjIHD9YFBYwhae51Kn8aQtg', match: 'eyJrIjoi6V919BdJYShLkpz2L4fJnimQvs44PQn5waJ9NG0O46aC7tHc6ekaBMMjaTjIHD9YFBYwhae51Kn8aQtg' },
    ],
    negative: [
      'glsa_short',
    ],
  },
} satisfies DetectorVectorSet;
