import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.azure_key': {
    positive: [
      { text: 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=AXen+CnLJIrKv71KdrUiR2JHtXS+ohkdPNjH/RGIoApQ/n9rTLNNUDsKPMkOG0qWP/VAqCt7XL2CWc6Dt0CTpv==;EndpointSuffix=core.windows.net', match: 'AXen+CnLJIrKv71KdrUiR2JHtXS+ohkdPNjH/RGIoApQ/n9rTLNNUDsKPMkOG0qWP/VAqCt7XL2CWc6Dt0CTpv==' },
      { text: 'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=NAAWQRCZljwiMkmg4HeBUuvdpdr/M0K5IQKWuonaiIF=', match: 'NAAWQRCZljwiMkmg4HeBUuvdpdr/M0K5IQKWuonaiIF=' },
      { text: 'AZURE_CLIENT_SECRET=PjB8Q~SnAuxKfvI3cZoKVGSom5lSe1ZklIsPymze', match: 'PjB8Q~SnAuxKfvI3cZoKVGSom5lSe1ZklIsPymze' },
      { text: 'https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig=LltcppaWvV82bhzo0VK3zDJyycFRPX8ih5VBLJOMSX2%3D', match: 'LltcppaWvV82bhzo0VK3zDJyycFRPX8ih5VBLJOMSX2%3D' },
    ],
    negative: [
      'AccountName={2};AccountKey={3};',
      'SharedAccessKeyName=[name];SharedAccessKey=[key goes here];',
      'AccountKey=short==',
    ],
  },
} satisfies DetectorVectorSet;
